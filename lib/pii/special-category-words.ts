// Words that reveal special categories of personal data (GDPR art. 9), in English and Swedish.
// Syntax: lower case; a space separates the words of a phrase (it also matches a hyphen, so "sick leave" finds
// "sick-leave"); a trailing "*" on the last word matches any ending ("diabet*" finds diabetes, diabetic, diabetiker,
// diabetesen). "strong" words almost always reveal the category; "weak" ones often do but have everyday meanings
// too ("church" in a street name, "facket" as a compartment), so they get a lower confidence for the DPO to weigh.
// Deliberately left out: words whose everyday meaning dominates ("sick", "beroende" = depending, "genom" = through,
// "disabled" as in a disabled account, "same", "race").

export type SpecialCategory =
  | "health"
  | "religion"
  | "ethnic_origin"
  | "political_opinion"
  | "trade_union"
  | "sex_life_orientation"
  | "biometric_genetic";

export interface WordList {
  strong: ReadonlyArray<string>;
  weak: ReadonlyArray<string>;
}

export const SPECIAL_CATEGORY_WORDS: Readonly<Record<SpecialCategory, WordList>> = {
  health: {
    strong: [
      // English
      "diabet*", "pregnan*", "hiv", "cancer*", "tumour*", "tumor*", "leukemi*", "leukaemi*", "lymphoma*", "chemo*",
      "radiotherapy", "radiation therapy", "depression", "antidepress*", "asthma*", "epilep*", "migraine*",
      "adhd", "autis*", "asperger*", "dyslex*", "alzheimer*", "dementia", "parkinson*", "schizophreni*", "bipolar*",
      "psychosis", "psychotic", "ptsd", "anorexi*", "bulimi*", "eating disorder*", "panic attack*", "suicid*",
      "self harm*", "sick leave", "sick note", "diagnos*", "insulin*", "coeliac*", "celiac*", "crohn*",
      "hepatit*", "tuberculosis", "chlamydia", "gonorr*", "syphilis", "herpes", "hpv", "sexually transmitted",
      "heart attack*", "blood clot*", "high blood pressure", "pacemaker*", "dialysis", "amputat*", "disabilit*",
      "wheelchair*", "hearing aid*", "hearing loss", "deaf*", "visually impaired", "miscarriage*", "abortion*",
      "ivf", "fertility treatment*", "infertil*", "mental illness*", "psychiatr*", "alcoholi*", "drug addict*",
      "multiple sclerosis", "covid*", "stroke patient*", "cystic fibrosis", "hemophilia", "haemophilia",
      // Swedish
      "gravid*", "cancern", "tumör*", "leukemi", "lymfom*", "cellgift*", "strålbehandling*", "depressiv*",
      "deprimerad*", "astma*", "migrän*", "autism*", "dyslexi*", "demens*", "schizofren*", "bipolär*", "psykos*",
      "anorexi*", "ätstörning*", "panikångest*", "självmord*", "självskad*", "utmattningssyndrom*", "utbränd*",
      "sjukskriv*", "sjukintyg*", "läkarintyg*", "diagnos*", "celiaki*", "glutenintoleran*", "hepatit*",
      "tuberkulos*", "klamydia", "syfilis", "könssjukdom*", "hjärtinfarkt*", "hjärnblödning*", "blodpropp*",
      "högt blodtryck", "dialys*", "amputer*", "funktionsneds*", "funktionshind*", "handikapp*", "rullstol*",
      "hörapparat*", "hörselskad*", "döv", "döva", "dövhet*", "synskad*", "missfall*", "aborten", "aborter*",
      "provrörsbefruktning*", "psykisk ohälsa", "psykiska ohälsa", "psykisk sjukdom", "psykiskt sjuk", "psykiatri*",
      "psykiatrisk*", "missbruk*", "alkoholis*", "drogberoende*", "narkoman*", "multipel skleros", "cystisk fibros",
    ],
    weak: [
      "aids", "depressed", "anxiety", "burnout", "allerg*", "lactose intoleran*", "laktosintoleran*", "stroke",
      "blood pressure", "blodtryck*", "transplant*", "medication*", "medicin*", "läkemedel*", "therapist*",
      "therapy", "terapeut*", "terapi", "psykolog*", "psychologist*", "rehab*", "addict*", "illness*", "sjukdom*",
      "hospital*", "sjukhus*", "vårdcentral*", "akuten", "surgery", "opererad*", "blood test*", "blodprov*",
      "ångest*", "abort", "mental health", "infektion*", "infection*",
    ],
  },
  religion: {
    strong: [
      "muslim*", "islam", "islams", "islamic", "islamisk*", "islamist*", "christianity", "kristendom*", "kristna", "jew", "jews", "jewish", "jude", "judar",
      "judarna", "juden", "judisk*", "judendom*", "judaism", "hindu*", "buddhis*", "sikh*", "catholic*",
      "katolik*", "katolsk*", "protestant*", "atheis*", "ateis*", "agnosti*", "svenska kyrkan", "church of sweden",
      "frikyrk*", "pingstkyrk*", "pingstförsamling*", "pentecostal*", "moské*", "moske*", "mosque*", "synagog*",
      "koran*", "quran*", "jehova*", "mormon*", "scientolog*", "religio*", "imam*",
    ],
    weak: [
      "christian", "christians", "kristen", "kristet", "lutheran*", "luthersk*", "orthodox", "ortodox*", "church",
      "churches", "kyrka", "kyrkan", "kyrkor", "kyrkans", "bible", "bibeln", "ramadan", "kosher", "halal", "pray",
      "praying", "prayer*", "hijab*", "niqab*", "burka*", "burqa*", "kippa*", "turban*", "rabbi*", "rabbin*",
      "priest*", "präst*", "baptist*", "församling*",
    ],
  },
  ethnic_origin: {
    strong: [
      "ethnic*", "etnisk*", "etnicitet*", "racial*", "skin colour", "skin color", "hudfärg*", "romer", "romani*",
      "romsk*", "samer", "samerna", "samisk*", "kurdisk*", "kurdish", "indigenous", "aboriginal*", "ursprungsfolk*",
      "urfolk*", "african american*", "afroamerikan*", "afrosvensk*", "utländsk bakgrund", "foreign background",
    ],
    weak: [
      "roma", "sami", "kurd", "kurds", "tornedal*", "immigrant*", "invandrar*", "migrant*", "refugee*",
      "flykting*", "asylsök*", "asylum seek*", "rasism*", "racism*", "rasist*", "racist*",
    ],
  },
  political_opinion: {
    strong: [
      "socialdemokrat*", "moderaterna", "sverigedemokrat*", "vänsterpartiet", "vänsterpartist*", "centerpartiet",
      "centerpartist*", "liberalerna", "kristdemokrat*", "miljöpartiet", "miljöpartist*", "labour party",
      "conservative party", "tory", "tories", "lib dem*", "liberal democrat*", "reform uk", "ukip", "green party",
      "republican party", "democratic party", "political view*", "political opinion*", "political belief*",
      "politisk åsikt*", "politiska åsikt*", "politiska uppfattning*", "partimedlem*", "party member*",
      "röstade på", "röstar på", "communis*", "kommunis*", "fascis*", "nazis*", "nazist*", "anarchis*",
      "anarkis*", "marxis*", "vänsterextrem*", "högerextrem*", "far right", "far left",
    ],
    weak: ["political*", "politisk*", "voted for", "vote for", "socialis*", "feminis*", "left wing", "right wing"],
  },
  trade_union: {
    strong: [
      "fackförbund*", "fackförening*", "fackmedlem*", "facklig*", "fackligt", "trade union*", "labour union*",
      "labor union*", "union member*", "union rep*", "shop steward*", "if metall", "vårdförbundet",
      "lärarförbundet", "sveriges lärare", "lärarnas riksförbund", "akademikerförbundet", "handelsanställdas förbund",
      "transportarbetareförbundet", "fastighetsanställdas förbund", "seko", "saco", "tco", "unite the union",
    ],
    weak: ["facket", "fackets", "unionen", "skyddsombud*"],
  },
  sex_life_orientation: {
    strong: [
      "gay", "gays", "lesbian*", "lesbisk*", "bisexual*", "bisexuell*", "homosexual*", "homosexuell*",
      "heterosexual*", "heterosexuell*", "bög", "bögar", "bögen", "bögig", "queer", "transgender*", "transperson*",
      "transsexual*", "transsexuell*", "non binary", "nonbinary", "icke binär*", "ickebinär*", "pansexual*",
      "pansexuell*", "asexual*", "asexuell*", "hbtq*", "hbt", "lgbt*", "sexual orientation", "sexuell läggning",
      "sexuella läggning", "sex life", "sexliv*", "same sex", "samkönad*", "erectile*", "erektil*",
    ],
    weak: ["coming out", "viagra", "sexual health", "sexuell hälsa"],
  },
  biometric_genetic: {
    strong: [
      "fingerprint*", "fingeravtryck*", "face id", "faceid", "facial recognition", "face recognition",
      "ansiktsigenkänning*", "iris scan*", "irisskann*", "retina scan*", "näthinneskann*", "biometri*", "dna",
      "dna test*", "dnatest*", "genetic*", "genetisk*", "gentest*", "genome*", "genomsekvens*", "arvsanlag*", "voiceprint*", "röstavtryck*",
      "23andme", "paternity test*", "faderskapstest*",
    ],
    weak: [],
  },
};
