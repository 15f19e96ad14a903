/**
 * The articles the story specs read: the reference article (Lavrov in Pyongyang before the
 * Singapore summit), a short report of the summit itself written for these specs, and an unrelated
 * one on German football. Each is analysed by the real pipeline with the rule-based recogniser,
 * which is fast and does not change when the model is retrained.
 */
import { analyzeText } from '../../../../src/core/analyze';
import { createRecognizer } from '../../../../src/core/ner';
import type { Analysis } from '../../../../src/core/types';
import { SAMPLE_DCT, SAMPLE_TEXT } from '../sample-article';

const recognizer = createRecognizer();

export const LAVROV_URL =
  'https://www.nationalreview.com/news/russian-foreign-minister-will-visit-north-korea-for-talks/';
export const SUMMIT_URL = 'https://news.example/2018/06/12/trump-kim-singapore-summit';
export const FOOTBALL_URL = 'https://sport.example/2018/05/bayern-munich-kovac';

export const SUMMIT_TEXT = `Trump and Kim Jong Un met in Singapore on Tuesday, the first meeting between a sitting American president and a North Korean leader.

President Donald Trump and Kim Jong Un signed a joint statement at the Singapore summit on Tuesday in which North Korea committed to work toward the denuclearization of the Korean Peninsula.

Secretary of State Mike Pompeo will travel to Pyongyang next month to follow up on the agreement, the White House said.

Kim Jong Un had met South Korean President Moon Jae-in in April.`;

/** Shares Trump and the White House with the summit story, and nothing else: another story. */
export const TARIFFS_URL = 'https://news.example/2018/06/01/tariffs-china';
export const TARIFFS_TEXT = `President Donald Trump imposed new tariffs on steel from China on Friday, the White House said.

Xi Jinping warned that China would answer in kind. Trump said the United States had been treated unfairly for years.`;

export const FOOTBALL_TEXT = `Bayern Munich named Niko Kovac as its new coach on Friday, ending weeks of speculation.

Kovac, who led Eintracht Frankfurt to the final of the German Cup, will take over in July. Bayern Munich won the Bundesliga for a sixth consecutive season in May.

Robert Lewandowski scored twice for Bayern Munich in Berlin on Saturday.`;

export function lavrovAnalysis(): Analysis {
  return analyzeText(
    {
      text: SAMPLE_TEXT,
      published: { date: SAMPLE_DCT, source: 'given' },
      url: LAVROV_URL,
      title: 'Russian Foreign Minister Will Visit North Korea for Talks',
      site: 'National Review',
    },
    recognizer,
  );
}

export function summitAnalysis(): Analysis {
  return analyzeText(
    {
      text: SUMMIT_TEXT,
      published: { date: '2018-06-12', source: 'given' },
      url: SUMMIT_URL,
      title: 'Trump and Kim meet in Singapore',
      site: 'News Example',
    },
    recognizer,
  );
}

export function footballAnalysis(): Analysis {
  return analyzeText(
    {
      text: FOOTBALL_TEXT,
      published: { date: '2018-05-11', source: 'given' },
      url: FOOTBALL_URL,
      title: 'Bayern Munich name Niko Kovac coach',
      site: 'Sport Example',
    },
    recognizer,
  );
}

export function tariffsAnalysis(): Analysis {
  return analyzeText(
    {
      text: TARIFFS_TEXT,
      published: { date: '2018-06-01', source: 'given' },
      url: TARIFFS_URL,
      title: 'Trump imposes tariffs on Chinese steel',
      site: 'News Example',
    },
    recognizer,
  );
}
