// Numbers a brief's sentence states, with what little the words around them say: the hedge, what is counted (a guess from
// the noun that follows), a share's denominator, the years, and a jurisdiction or offences only where the sentence names them.
import type { FigureNode, FigureUnit } from '../model/schema.js';

export interface StatedNumber {
  /** The words the number was read from, e.g. "more than 36.2 million reports". */
  phrase: string;
  value: number;
  measure: 'count' | 'share';
  qualifier: FigureNode['qualifier'];
  /** The unit guessed from the noun after the number (a count) or the verb after a share; the word it came from. */
  unit: FigureUnit;
  unitWord: string;
  /** For a share "N% of <noun>": what the denominator counts. */
  denominatorUnit?: FigureUnit;
}

export interface StatedPopulation {
  jurisdiction: FigureNode['jurisdiction'];
  offences: FigureNode['offences'];
  periodStart?: string;
  periodEnd?: string;
  periodType: FigureNode['periodType'];
}

/** Nouns (and participles) and the unit each suggests; the first that matches wins. */
const UNIT_WORDS: [RegExp, FigureUnit][] = [
  [/^reports?$/i, 'reports'],
  [/^tips?$/i, 'reports'],
  [/^investigations?$/i, 'investigations'],
  [/^arrests?$/i, 'arrests'],
  [/^(?:were\s+)?arrested$/i, 'arrests'],
  [/^indictments?$/i, 'indictments'],
  [/^suspects?$/i, 'suspects-referred'],
  [/^(?:were\s+)?prosecuted$/i, 'suspects-prosecuted'],
  [/^prosecutions?$/i, 'suspects-prosecuted'],
  [/^(?:were\s+)?declined$/i, 'suspects-declined'],
  [/^defendants?$/i, 'defendants-charged'],
  [/^(?:were\s+)?charged$/i, 'defendants-charged'],
  [/^convictions?$/i, 'defendants-convicted'],
  [/^(?:were\s+)?convicted$/i, 'defendants-convicted'],
  [/^(?:were\s+)?imprisoned$/i, 'defendants-imprisoned'],
  [/^offenders?$/i, 'offenders-sentenced'],
  [/^(?:were\s+)?sentenced$/i, 'offenders-sentenced'],
];

const HEDGES: [RegExp, FigureNode['qualifier']][] = [
  [/^(?:more than|over|at least|upwards of)$/i, 'more-than'],
  [/^(?:about|approximately|around|roughly|some)$/i, 'about'],
  [/^(?:almost|nearly|close to)$/i, 'almost'],
  [/^(?:an estimated|estimated)$/i, 'estimated'],
];

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** hedge? number scale? (percent)? (of noun | noun | were verb) */
const NUMBER = new RegExp(
  String.raw`(?:\b(more than|over|at least|upwards of|about|approximately|around|roughly|some|almost|nearly|close to|an estimated|estimated)\s+)?` +
    String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion))?(\s*%|\s+percent)?` +
    // "of [the] [up to four words] <noun>": the denominator of a share, e.g. "of federal child pornography defendants".
    String.raw`(?:\s+of\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,4}?(reports?|tips?|investigations?|arrests?|indictments?|suspects?|defendants?|convictions?|offenders?|prosecutions?)\b)?` +
    String.raw`(?:\s+((?:were\s+)?[A-Za-z]+))?`,
  'gi',
);

/** The noun a count counts: the next word, or one up to three words further on. */
const COUNT_NOUN = /^\s+(?:[A-Za-z-]+\s+){0,3}?(reports?|tips?|investigations?|arrests?|indictments?|suspects?|defendants?|convictions?|offenders?|prosecutions?)\b/i;

const unitOf = (word: string | undefined): FigureUnit | undefined => (word === undefined ? undefined : UNIT_WORDS.find(([p]) => p.test(word))?.[1]);

/**
 * The counts and shares a sentence states: a count needs a noun the unit table knows right after it ("36.2 million
 * reports"); a share needs "N% of <noun>" ("95% of defendants were convicted"). Years, citation numbers and numbers of
 * anything else ("24 prosecutors") are not figures.
 */
export function statedNumbers(sentence: string): StatedNumber[] {
  const out: StatedNumber[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const [whole, hedge, digits, scale, percent, ofWord, after] = m;
    const before = sentence.slice(0, m.index);
    if (/\[\s*$/.test(before) || /^\s*\]/.test(sentence.slice(m.index + digits!.length + (hedge ? hedge.length + 1 : 0)))) continue; // a citation marker
    const base = Number(digits!.replace(/,/g, ''));
    const qualifier = hedge ? HEDGES.find(([p]) => p.test(hedge))![1] : 'exact';
    if (percent) {
      const denominatorUnit = unitOf(ofWord);
      if (!denominatorUnit || base > 100) continue;
      const verb = unitOf(after?.split(/\s+/).pop());
      const unit = verb ?? denominatorUnit;
      out.push({ phrase: whole.trim(), value: base / 100, measure: 'share', qualifier, unit, unitWord: after ?? ofWord!, denominatorUnit });
      continue;
    }
    if (!scale && /^(19|20)\d\d$/.test(digits!) && !/,/.test(digits!)) continue; // a year
    if (ofWord) continue; // "N of the reports": a part of something, not a count of it
    // The noun counted: right after the number, or after up to three words ("1,023 child pornography convictions").
    const numberEnd = m.index + /^.*?\d[\d,.]*(?:\s+(?:thousand|million|billion))?/i.exec(whole)![0].length;
    const noun = COUNT_NOUN.exec(sentence.slice(numberEnd));
    const unit = unitOf(noun?.[1]);
    if (!noun || !unit) continue;
    const value = scale ? Math.round(base * SCALE[scale.toLowerCase()]!) : base;
    const phrase = sentence.slice(m.index, numberEnd + noun[0].length).trim();
    out.push({ phrase, value, measure: 'count', qualifier, unit, unitWord: noun[1]! });
  }
  return out;
}

/** The population a sentence names, and nothing it does not: `unstated` where it names none. */
export function statedPopulation(sentence: string): StatedPopulation {
  const jurisdiction: StatedPopulation['jurisdiction'] = /\bfederal\b/i.test(sentence)
    ? 'federal'
    : /\b(worldwide|global(?:ly)?)\b/i.test(sentence)
      ? 'worldwide'
      : /\b(nationwide|national(?:ly)?)\b/i.test(sentence)
        ? 'national'
        : /\btask forces?\b/i.test(sentence)
          ? 'task-forces'
          : 'unstated';
  const namesCp = /\b(child pornography|CSAM|child sexual abuse material)\b/i.test(sentence);
  const offences: StatedPopulation['offences'] = namesCp && /\bpossession\b/i.test(sentence) ? 'cp-possession' : namesCp ? 'child-pornography' : 'unstated';
  const fiscal = /\b(?:fiscal year|FY)\s*(\d{4})\b/i.exec(sentence);
  const range = /\b((?:19|20)\d\d)\s*(?:[–-]|to|through)\s*((?:19|20)\d\d)\b/.exec(sentence);
  const year = /\b(?:in|during|for|of)\s+((?:19|20)\d\d)\b/.exec(sentence);
  if (fiscal) return { jurisdiction, offences, periodStart: fiscal[1]!, periodEnd: fiscal[1]!, periodType: 'fiscal' };
  const calendar = /\bcalendar year\b/i.test(sentence) ? 'calendar' : 'unstated';
  if (range && range[1]! <= range[2]!) return { jurisdiction, offences, periodStart: range[1]!, periodEnd: range[2]!, periodType: calendar };
  if (year) return { jurisdiction, offences, periodStart: year[1]!, periodEnd: year[1]!, periodType: calendar };
  return { jurisdiction, offences, periodType: 'unstated' };
}
