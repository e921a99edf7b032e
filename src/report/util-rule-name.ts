const names = new Map<string, string>();

/** A rule's identifier from its English title, as SARIF names rules: `EmergencyPlanFiledWithTheSupervisor`. Made once per title: reports ask for it per finding. */
export function ruleName(englishTitle: string): string {
  let name = names.get(englishTitle);
  if (name === undefined) {
    name = englishTitle.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase()).replace(/^./, (c) => c.toUpperCase());
    names.set(englishTitle, name);
  }
  return name;
}
