/**
 * What the actor finder needs to know about the world to read any article: countries with the adjectives and
 * capitals that stand for them ("Russian", "Moscow"), titles that make a role, and the head words of
 * organisations. Small on purpose (it ships with the builder to the browser); a country missing here is still
 * found as a name, only without a side.
 */

import { WORLD_COUNTRIES } from './countries.generated';

export interface Country {
	/** The side's name as shown ("Japan", "Russia", "United States"). */
	name: string;
	/** Other names of the country itself. */
	names: string[];
	/** Adjectives and nouns for its people ("Japanese", "Russians"). */
	demonyms: string[];
	/** Capitals and seats of power that stand for the government ("Moscow", "the Kremlin"). */
	seats: string[];
}

const C = (name: string, names: string, demonyms: string, seats: string): Country => ({
	name,
	names: names ? names.split('|') : [],
	demonyms: demonyms ? demonyms.split('|') : [],
	seats: seats ? seats.split('|') : []
});

const LISTED: readonly Country[] = [
	C('Japan', '', 'Japanese', 'Tokyo|Kasumigaseki'),
	C('Russia', 'Russian Federation', 'Russian|Russians', 'Moscow|Kremlin'),
	C('Soviet Union', 'USSR|U.S.S.R.', 'Soviet|Soviets', ''),
	C('United States', 'U.S.|US|USA|America|United States of America', 'American|Americans|U.S.', 'Washington|White House'),
	C('China', "People's Republic of China|PRC", 'Chinese', 'Beijing|Zhongnanhai'),
	C('South Korea', 'Republic of Korea|Korea', 'South Korean|South Koreans|Korean|Koreans', 'Seoul'),
	C('North Korea', 'DPRK', 'North Korean|North Koreans', 'Pyongyang'),
	C('United Kingdom', 'UK|U.K.|Britain|Great Britain|England', 'British|Briton|Britons|English', 'London|Downing Street'),
	C('France', '', 'French', 'Paris|Elysee|Élysée'),
	C('Germany', '', 'German|Germans', 'Berlin'),
	C('Italy', '', 'Italian|Italians', 'Rome'),
	C('Spain', '', 'Spanish', 'Madrid'),
	C('Netherlands', 'Holland', 'Dutch', 'The Hague|Amsterdam'),
	C('Poland', '', 'Polish|Poles', 'Warsaw'),
	C('Ukraine', '', 'Ukrainian|Ukrainians', 'Kyiv|Kiev'),
	C('Belarus', '', 'Belarusian', 'Minsk'),
	C('Georgia', '', 'Georgian|Georgians', 'Tbilisi'),
	C('Turkey', 'Türkiye', 'Turkish|Turks', 'Ankara'),
	C('Iran', '', 'Iranian|Iranians', 'Tehran'),
	C('Israel', '', 'Israeli|Israelis', 'Jerusalem'),
	C('Syria', '', 'Syrian|Syrians', 'Damascus'),
	C('Saudi Arabia', '', 'Saudi|Saudis', 'Riyadh'),
	C('Egypt', '', 'Egyptian|Egyptians', 'Cairo'),
	C('India', '', 'Indian|Indians', 'New Delhi|Delhi'),
	C('Pakistan', '', 'Pakistani|Pakistanis', 'Islamabad'),
	C('Vietnam', 'Viet Nam', 'Vietnamese', 'Hanoi'),
	C('Taiwan', '', 'Taiwanese', 'Taipei'),
	C('Mongolia', '', 'Mongolian|Mongolians', 'Ulaanbaatar'),
	C('Kazakhstan', '', 'Kazakh', 'Astana'),
	C('Philippines', '', 'Filipino|Filipinos|Philippine', 'Manila'),
	C('Indonesia', '', 'Indonesian|Indonesians', 'Jakarta'),
	C('Singapore', '', 'Singaporean', ''),
	C('Australia', '', 'Australian|Australians', 'Canberra'),
	C('New Zealand', '', 'New Zealander', 'Wellington'),
	C('Canada', '', 'Canadian|Canadians', 'Ottawa'),
	C('Mexico', '', 'Mexican|Mexicans', 'Mexico City'),
	C('Brazil', '', 'Brazilian|Brazilians', 'Brasilia|Brasília'),
	C('Argentina', '', 'Argentine|Argentinian', 'Buenos Aires'),
	C('South Africa', '', 'South African', 'Pretoria'),
	C('Nigeria', '', 'Nigerian|Nigerians', 'Abuja'),
	C('Kenya', '', 'Kenyan|Kenyans', 'Nairobi'),
	C('Norway', '', 'Norwegian', 'Oslo'),
	C('Sweden', '', 'Swedish|Swedes', 'Stockholm'),
	C('Finland', '', 'Finnish|Finns', 'Helsinki'),
	C('Denmark', '', 'Danish|Danes', 'Copenhagen'),
	C('Greece', '', 'Greek|Greeks', 'Athens'),
	C('Portugal', '', 'Portuguese', 'Lisbon'),
	C('Ireland', '', 'Irish', 'Dublin'),
	C('Switzerland', '', 'Swiss', 'Bern'),
	C('Austria', '', 'Austrian|Austrians', 'Vienna'),
	C('Hungary', '', 'Hungarian|Hungarians', 'Budapest'),
	C('Czech Republic', 'Czechia', 'Czech|Czechs', 'Prague'),
	C('Romania', '', 'Romanian|Romanians', 'Bucharest'),
	C('Serbia', '', 'Serbian|Serbs', 'Belgrade'),
	C('Iraq', '', 'Iraqi|Iraqis', 'Baghdad'),
	C('Afghanistan', '', 'Afghan|Afghans', 'Kabul'),
	C('European Union', 'EU|E.U.', 'European|Europeans', 'Brussels')
];

/** Also first names ("Chad Smith", "Jordan Peterson"): as a country they would hide a person. */
const ALSO_FIRST_NAMES = new Set(['Chad', 'Jordan']);

/**
 * The hand-listed countries (with their seats of power and other names), then every other country in the world
 * with its people's names (countries.generated.ts): "Lithuania" is a country in any article, never a city.
 */
export const COUNTRIES: readonly Country[] = [
	...LISTED,
	...WORLD_COUNTRIES.filter(([name]) => !ALSO_FIRST_NAMES.has(name) && !LISTED.some((c) => c.name === name || c.names.includes(name))).map(([name, people]) =>
		C(name, '', people, '')
	)
];

const byWord = new Map<string, { country: Country; as: 'name' | 'demonym' | 'seat' }>();
for (const c of COUNTRIES) {
	for (const n of [c.name, ...c.names]) byWord.set(n, { country: c, as: 'name' });
	for (const d of c.demonyms) if (!byWord.has(d)) byWord.set(d, { country: c, as: 'demonym' });
	for (const s of c.seats) byWord.set(s, { country: c, as: 'seat' });
}

/** "Russian" → Russia as demonym; "Moscow" → Russia as seat; "Japan" → Japan as name. */
export function lookupCountry(words: string): { country: Country; as: 'name' | 'demonym' | 'seat' } | undefined {
	return byWord.get(words);
}

/** Titles, longest first, as they stand before a name ("Foreign Minister Taro Kono"). */
export const TITLES: readonly string[] = [
	'Chief Cabinet Secretary',
	'Deputy Prime Minister',
	'Deputy Foreign Minister',
	'Vice Foreign Minister',
	'First Deputy Prime Minister',
	'Secretary of State',
	'Secretary General',
	'Secretary-General',
	'Prime Minister',
	'Foreign Minister',
	'Defense Minister',
	'Defence Minister',
	'Finance Minister',
	'Economy Minister',
	'Trade Minister',
	'Vice President',
	'Crown Prince',
	'President',
	'Premier',
	'Chancellor',
	'Minister',
	'Ambassador',
	'Senator',
	'Sen.',
	'Governor',
	'Gov.',
	'Mayor',
	'Emperor',
	'Empress',
	'Tsar',
	'Czar',
	'King',
	'Queen',
	'Prince',
	'General',
	'Gen.',
	'Admiral',
	'Commodore',
	'Shogun',
	'Adm.',
	'Marshal',
	'Chairman',
	'Chairwoman',
	'Speaker',
	'Spokesman',
	'Spokeswoman',
	'Professor',
	'Prof.',
	'Dr.',
	'Mr.',
	'Mrs.',
	'Ms.',
	'Mr',
	'Mrs',
	'Ms',
	'Dr'
];

/** Honorifics: they say nothing of a role. */
export const HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Dr.', 'Dr']);

/** Common nouns that make a role when a name follows ("his Russian counterpart Sergey Lavrov"). */
export const ROLE_NOUNS = new Set(
	'counterpart leader president minister ambassador diplomat official analyst scholar professor historian journalist spokesman spokeswoman spokesperson envoy negotiator lawmaker politician businessman premier chancellor adviser advisor aide expert researcher fellow author writer reporter editor commentator economist governor mayor emperor general admiral successor predecessor father mother son daughter brother grandson grandfather'.split(
		' '
	)
);

/** Last words of an organisation's name and the kind they make. */
export const ORG_HEADS: ReadonlyMap<string, 'organisation' | 'company' | 'government'> = new Map([
	...'Club Center Centre College University Institute Institution Foundation Association Council Society Union League Organization Organisation Agency Commission Committee Movement Party Front Alliance Group Fund Bank Academy School Press Times Post News Herald Journal Review Network Bureau Service Fleet Army Navy Force Forces Guard Court Church Coalition Federation Assembly Board Authority Office Command'
		.split(' ')
		.map((w) => [w, 'organisation'] as const),
	...'Corporation Corp. Corp Company Co. Inc. Inc Ltd. Ltd LLC PLC Holdings Industries Motors Airlines Lines Energy Oil Gas Steel Electric Bank'.split(' ').map((w) => [w, 'company'] as const),
	...'Ministry Department Government Cabinet Parliament Diet Duma Congress Senate Kremlin Administration Empire Kingdom Republic Federation Confederation Commonwealth Sultanate Khanate Caliphate Shogunate Junta'.split(' ').map((w) => [w, 'government'] as const)
]);

/** Capitalised words that never name an actor on their own. */
export const NOT_NAMES = new Set(
	'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday I The A An This That These Those It Its He She They We You His Her Their Our My According However But And Or If When While After Before Since During In On At For By With From To Of As Under Over Between Among Despite Although Though Because Yet So Thus Also Still Meanwhile Moreover Furthermore Indeed Instead Rather Only Even Both Each Every All Some Many Most Such No Not Mr Mrs Ms Dr Islands Island Peninsula Sea Ocean Strait River Mountain Mountains Bay Gulf Prefecture Province Region Oblast Krai City State North South East West Northern Southern Eastern Western Central World War Treaty Declaration Agreement Act Accord Pact Statement Communique Constitution Plan Strategy Doctrine Asia Europe Africa America Americas Eurasia Arctic Pacific Atlantic Antarctic Oceania Middle Far Asian European African Asia-Pacific II III IV Article Articles Chapter Chapters Section Sections Part Parts Annex Paragraph Figure Table Appendix Page Volume Photo Image Read More Share Print Subscribe Related Advertisement Getty Reuters AP AFP Twitter Facebook'.split(
		' '
	)
);

/** Last words of events, plans and texts: "Belt and Road Initiative", "Track-II Dialogue" are no one. */
export const THING_HEADS = new Set(
	'Initiative Dialogue Summit Forum Conference Program Programme Project Partnership Talks Games Olympics Cup War Crisis Revolution Expo Festival Award Prize Doctrine Strategy Plan Act Law Bill Report Declaration Treaty Agreement Accord Pact Communique Statement Memorandum Protocol Convention Charter Constitution Review Restoration Intervention Christianity Buddhism Shinto Islam Research Census Period Era Dynasty Shogunate Expedition Incident Rebellion Uprising Poll Survey Index Study Studies Culture Language Languages People Peoples Church Doctrine Affair Affairs Crisis Campaign Operation Offensive Battle Siege Massacre'.split(' ')
);

/** Last words of a place name ("Kuril Islands", "Sea of Okhotsk" is handled by its first word). */
export const PLACE_HEADS = new Set(
	'Islands Island Isles Peninsula Sea Ocean Strait Straits River Bay Gulf Prefecture Province Region Oblast Krai Mountains Archipelago Territories Territory Coast Harbor Harbour Canal Pass Valley Desert Plain Plains Basin Plateau Falls Cove Sound Lake County District'.split(' ')
);
