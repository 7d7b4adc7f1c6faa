package vn.gov.plantracker.unit;

/** What kind of body a unit is; decides how it is shown and which groups it joins. */
public enum UnitKind {
  PEOPLES_COMMITTEE,
  PEOPLES_COUNCIL,
  PARTY_COMMITTEE,
  PARTY_BODY,
  DEPARTMENT,
  OFFICE,
  PUBLIC_SERVICE_UNIT,
  SOCIO_POLITICAL_ORG,
  COMMUNE,
  TOWN,
  OTHER
}
