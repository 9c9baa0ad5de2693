// What the site's server tells the pages about this installation (/site-config.json): the map
// tiles it may show, when the operator configured a tile source.
export interface MapTiles {
  /** A URL template with {z}, {x} and {y}, e.g. https://tiles.example.org/{z}/{x}/{y}.png */
  url: string;
  attribution: string;
}

export interface SiteConfig {
  mapTiles: MapTiles | null;
}

let loaded: Promise<SiteConfig> | undefined;

/** Asked once per visit; a site without the file (or offline) shows no map. */
export function siteConfig(): Promise<SiteConfig> {
  loaded ??= fetch('/site-config.json')
    .then((response) => (response.ok ? (response.json() as Promise<SiteConfig>) : { mapTiles: null }))
    .catch(() => ({ mapTiles: null }));
  return loaded;
}
