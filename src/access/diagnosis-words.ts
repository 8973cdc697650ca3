// The bot never stores a diagnosis. Free text anywhere (notes, reasons, roles,
// contact details) is checked against this short list, reviewed with the
// clinical safety officer in mind: the words a clinician or specialist is most
// likely to type about a person's mental health. It is a guard against
// habit, not a classifier: it refuses the common words and says why.
// "depression" is on it although it has other meanings: in a mental health
// service's notes it almost always names the diagnosis, and rephrasing costs little.
const diagnosisWords = [
  'schizophrenia',
  'schizophrenic',
  'schizoaffective',
  'bipolar',
  'psychosis',
  'psychotic',
  'personality disorder',
  'BPD',
  'EUPD',
  'depression',
  'depressive',
  'PTSD',
  'OCD',
  'anxiety disorder',
  'eating disorder',
  'anorexia',
  'bulimia',
] as const;

const pattern = new RegExp(`\\b(${diagnosisWords.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

/** The first diagnosis word in the text, as typed; undefined when there is none. */
export function diagnosisIn(text: string): string | undefined {
  return pattern.exec(text)?.[1];
}

export const diagnosisNote =
  'The bot does not store diagnoses: keep health details in the clinical record, and describe work here instead.';
