/** A message that depends on a count: a form per plural category of the language. */
export interface PluralMessage {
  /** The variable whose number chooses the form, e.g. `count`. */
  readonly by: string;
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  /** Every language has this category; Chinese has only this one. */
  readonly other: string;
}

export type Message = string | PluralMessage;

/** Every wording of a message, e.g. to check that two languages use the same placeholders. */
export function messageForms(message: Message): string[] {
  if (typeof message === 'string') return [message];
  return Object.entries(message)
    .filter(([category]) => category !== 'by')
    .map(([, form]) => form);
}
