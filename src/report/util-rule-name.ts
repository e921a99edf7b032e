/** A rule's identifier from its English title, as SARIF names rules: `EmergencyPlanFiledWithTheSupervisor`. */
export const ruleName = (englishTitle: string): string =>
  englishTitle.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase()).replace(/^./, (c) => c.toUpperCase());
