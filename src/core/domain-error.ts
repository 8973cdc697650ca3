/**
 * An error meant for the person who typed the command: it says what was wrong
 * and shows a right example. `field` names the form field at fault.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly example?: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
