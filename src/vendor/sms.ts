// How many text messages a text takes, by the GSM-7 (160 characters, 153 a
// part) and UCS-2 (70, 67 a part) rules: Twilio's segment calculator, which
// knows the GSM-7 table and its two-byte escapes ({ } [ ] ~ | ^ € \) that a
// hand count gets wrong. Only the update drafts load it.
import { SegmentedMessage } from 'sms-segments-calculator';

export interface SmsFit {
  encoding: 'GSM-7' | 'UCS-2';
  /** How many messages a phone sends it as. */
  segments: number;
  /** Characters as a person counts them. */
  characters: number;
}

export function measureSms(text: string): SmsFit {
  // No "smart encoding": the text is measured as it will be sent, with no quote marks swapped.
  const message = new SegmentedMessage(text, 'auto', false);
  return {
    encoding: message.encodingName === 'UCS-2' ? 'UCS-2' : 'GSM-7',
    segments: message.segmentsCount,
    characters: [...text].length,
  };
}
