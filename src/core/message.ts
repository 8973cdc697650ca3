// The platform-neutral message model. The core builds these; each adapter
// renders them (Block Kit, Adaptive Cards, plain text). Text is plain: no
// platform markup, so nothing has to be escaped twice.

/** A button runs a bot command as the person who presses it. */
export interface CommandButton {
  label: string;
  /** Command name without a slash, e.g. "contact". */
  command: string;
  /** Command text, e.g. "form" or "close 12 filled". */
  args: string;
  style?: 'primary' | 'danger';
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Label/value pairs, two to a row where the platform can. */
  | { kind: 'facts'; facts: { label: string; value: string }[] }
  | { kind: 'list'; title?: string; items: string[] }
  /** Small print under a section: hints, how to undo. */
  | { kind: 'note'; text: string }
  | { kind: 'divider' }
  | { kind: 'buttons'; buttons: CommandButton[] }
  /** A picture carried in `Message.files` by name. */
  | { kind: 'image'; file: string; alt: string };

/** A file a message carries, by reference: its bytes are stored apart (src/files/) and fetched when delivered. */
export interface FileAttachment {
  id: string;
  name: string; // "contacts-2026-W48.png"
  mimeType: string;
  /** Bytes. */
  size: number;
  title?: string;
}

export interface Message {
  /** The whole message as plain text: notifications, screen readers, the terminal. */
  text: string;
  blocks: Block[];
  files?: FileAttachment[];
}

/** A field of a form (Slack modal, Teams Adaptive Card, terminal prompt). */
export interface FormField {
  name: string;
  label: string;
  kind: 'text' | 'multiline' | 'date' | 'choice';
  required: boolean;
  placeholder?: string;
  hint?: string;
  initial?: string;
  /** For kind "choice". */
  options?: { value: string; label: string }[];
  /**
   * Options come from a search as the person types (Slack external select);
   * `options` then holds a first page for platforms without type-ahead.
   * "employers" also accepts a new name typed in full.
   */
  suggest?: 'employers' | 'caseload';
}

export interface FormSpec {
  /** Command the submission goes to, with the field values as input. */
  command: string;
  /** The command's action the submission runs ("" for its main action, "met" for /client met). */
  action: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
}
