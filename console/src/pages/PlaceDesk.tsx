export function PlaceDesk(_props: { organisationId?: string; canDecide?: boolean }) {
  return <p>À venir.</p>;
}
