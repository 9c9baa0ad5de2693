// The places on a map, when the site is given a tile source (SITE_MAP_TILES): a help to see where
// they are, never the only way — the list beside it says everything the map shows. Leaflet is
// loaded only when there is a map to draw; each place is a circle (no image to fetch) whose
// label is its name, and the map is one labelled region that keyboard users can skip.
import { useEffect, useRef } from 'react';
import type { MapTiles } from '../site-config';

export interface MappedPlace {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

export function PlacesMap({ tiles, places }: { tiles: MapTiles; places: MappedPlace[] }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let map: import('leaflet').Map | undefined;
    let cancelled = false;
    void (async () => {
      const L = await import('leaflet');
      await import('leaflet/dist/leaflet.css');
      if (cancelled || !container.current) return;
      map = L.map(container.current, { scrollWheelZoom: false, keyboard: false, attributionControl: true });
      L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map);
      const points = places.map((p) => [p.latitude, p.longitude] as [number, number]);
      for (const place of places) {
        L.circleMarker([place.latitude, place.longitude], { radius: 8, color: '#000091', weight: 2, fillColor: '#6a6af4', fillOpacity: 0.8 })
          .bindTooltip(place.name)
          .addTo(map);
      }
      map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 });
    })();
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [tiles.url, tiles.attribution, places]);
  return (
    <div
      ref={container}
      className="site-map fr-mb-2w"
      role="region"
      aria-label={`Carte des ${places.length} lieux de la liste ci-dessous`}
      data-testid="places-map"
      data-places={places.length}
    />
  );
}
