import type { Lang } from '../../../domain/lang';

interface Section {
  heading: string;
  paragraphs?: string[];
  items?: string[];
}

/**
 * The accessibility statement (saavutettavuusseloste) that law 306/2019 asks of public digital
 * services. What it says was checked comes from the test suite: test/e2e/accessibility-pages,
 * desk-one-screen and desk-keyboard, and test/client/ui/design-tokens (contrast).
 */
export const statementTexts: Record<Lang, { title: string; intro: string; sections: Section[] }> = {
  fi: {
    title: 'Saavutettavuusseloste',
    intro:
      'Tämä seloste koskee Neuvo-käyntikirjausta: kirjausta, asetuksia, raportteja, ylläpitoa, palveluhakemistoa ja muistilappuja.',
    sections: [
      {
        heading: 'Saavutettavuuden tila',
        paragraphs: [
          'Neuvo täyttää WCAG 2.1 -ohjeiston AA-tason vaatimukset osittain. Puutteet on lueteltu alla. Vaatimukset perustuvat lakiin digitaalisten palvelujen tarjoamisesta (306/2019).',
        ],
      },
      {
        heading: 'Miten saavutettavuus on tarkistettu',
        items: [
          'Jokainen sivu tarkistetaan axe-core-työkalulla 1024 × 768 ja 320 CSS-pikselin leveydellä: vakavia tai kriittisiä virheitä ei ole, eikä mikään sivu vieritä sivusuunnassa.',
          'Kirjaus toimii pelkällä näppäimistöllä ensimmäisestä kysymyksestä Tallenna-painikkeeseen ja seuraavaan käyntiin; Enter valitsee vaihtoehdon eikä tallenna lomaketta.',
          'Tavallinen käynti ja Tallenna mahtuvat tabletin näytölle ilman vierittämistä vaaka- ja pystyasennossa suomeksi, ruotsiksi ja englanniksi.',
          'Jokaisella sivulla on oma otsikko, ja siirryttäessä kohdistus menee sivun pääotsikkoon.',
          'Tekstien kontrasti on vähintään 4,5 : 1, painikkeet ja valinnat ovat vähintään 44 pikseliä korkeita, ja pakolliset kysymykset on merkitty.',
        ],
      },
      {
        heading: 'Sisältö, joka ei ole vielä saavutettavaa',
        items: [
          'Päivämääräkentän ulkoasu ja päivämäärän muoto tulevat selaimesta ja voivat poiketa sivun kielestä.',
          'Palveluhakemiston lomakkeiden tarkistusviestit ovat yleisluontoisia (esimerkiksi merkkien enimmäismäärä).',
          'Raporttien pylväskaavio on kuva; samat luvut ovat taulukkona kaavion alla.',
        ],
      },
      {
        heading: 'Palaute',
        paragraphs: [
          'Jos huomaat saavutettavuusongelman, kerro siitä oman organisaatiosi Neuvo-ylläpitäjälle tai hyvinvointialueen palautekanavassa. Vastaamme 14 päivän kuluessa.',
        ],
      },
      {
        heading: 'Valvontaviranomainen',
        paragraphs: [
          'Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle: Liikenne- ja viestintävirasto Traficom, Digitaalisen esteettömyyden ja saavutettavuuden valvontayksikkö, www.saavutettavuusvaatimukset.fi, saavutettavuus@traficom.fi, puhelinvaihde 029 534 5000.',
        ],
      },
    ],
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    intro:
      'Det här utlåtandet gäller besöksregistreringen Neuvo: registreringen, inställningarna, rapporterna, administrationen, tjänstekatalogen och minneslapparna.',
    sections: [
      {
        heading: 'Tillgänglighetsstatus',
        paragraphs: [
          'Neuvo uppfyller delvis kraven på nivå AA i riktlinjerna WCAG 2.1. Bristerna räknas upp nedan. Kraven bygger på lagen om tillhandahållande av digitala tjänster (306/2019).',
        ],
      },
      {
        heading: 'Hur tillgängligheten har kontrollerats',
        items: [
          'Varje sida kontrolleras med verktyget axe-core i bredderna 1024 × 768 och 320 CSS-pixlar: inga allvarliga eller kritiska fel, och ingen sida rullar i sidled.',
          'Registreringen fungerar med enbart tangentbord från den första frågan till knappen Spara och nästa besök; Enter väljer ett alternativ och sparar inte formuläret.',
          'Ett vanligt besök och Spara ryms på surfplattans skärm utan att rulla, liggande och stående, på finska, svenska och engelska.',
          'Varje sida har en egen titel, och vid byte av sida flyttas fokus till sidans huvudrubrik.',
          'Texternas kontrast är minst 4,5 : 1, knappar och val är minst 44 pixlar höga och obligatoriska frågor är markerade.',
        ],
      },
      {
        heading: 'Innehåll som ännu inte är tillgängligt',
        items: [
          'Datumfältets utseende och datumformat kommer från webbläsaren och kan avvika från sidans språk.',
          'Felmeddelandena i tjänstekatalogens formulär är allmänt formulerade (till exempel högsta antal tecken).',
          'Stapeldiagrammet i rapporterna är en bild; samma siffror finns i en tabell under diagrammet.',
        ],
      },
      {
        heading: 'Respons',
        paragraphs: [
          'Om du märker ett tillgänglighetsproblem, meddela din organisations Neuvo-administratör eller använd välfärdsområdets responskanal. Vi svarar inom 14 dagar.',
        ],
      },
      {
        heading: 'Tillsynsmyndighet',
        paragraphs: [
          'Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten: Transport- och kommunikationsverket Traficom, Enheten för tillsyn över digital tillgänglighet, www.tillganglighetskrav.fi, tillganglighet@traficom.fi, telefonväxel 029 534 5000.',
        ],
      },
    ],
  },
  en: {
    title: 'Accessibility statement',
    intro:
      'This statement covers the Neuvo visit log: the desk, settings, reports, administration, the service directory and the slips.',
    sections: [
      {
        heading: 'Compliance status',
        paragraphs: [
          'Neuvo partially meets the level AA requirements of WCAG 2.1. The gaps are listed below. The requirements come from the Act on the Provision of Digital Services (306/2019).',
        ],
      },
      {
        heading: 'How accessibility was checked',
        items: [
          'Every page is checked with axe-core at 1024 × 768 and at 320 CSS pixels wide: no serious or critical findings, and no page scrolls sideways.',
          'The desk works by keyboard alone from the first question to Save and the next visit; Enter picks an option and does not save the form.',
          'A common visit and Save fit on a tablet screen without scrolling, landscape and portrait, in Finnish, Swedish and English.',
          'Every page has its own title, and moving to a page puts the focus on its main heading.',
          'Text contrast is at least 4.5 : 1, buttons and choices are at least 44 pixels high, and required questions are marked.',
        ],
      },
      {
        heading: 'Content that is not yet accessible',
        items: [
          'The date field’s look and date format come from the browser and may differ from the page’s language.',
          'Validation messages in the service directory forms are generic (for example, the maximum number of characters).',
          'The reports’ bar chart is a picture; the same figures are in a table below it.',
        ],
      },
      {
        heading: 'Feedback',
        paragraphs: [
          'If you notice an accessibility problem, tell your organisation’s Neuvo admin or use the wellbeing services county’s feedback channel. We answer within 14 days.',
        ],
      },
      {
        heading: 'Supervisory authority',
        paragraphs: [
          'If you are not satisfied with the answer, or get none within two weeks, you can notify the supervisory authority: the Finnish Transport and Communications Agency Traficom, Digital Accessibility Supervision Unit, www.webaccessibility.fi, saavutettavuus@traficom.fi, switchboard +358 29 534 5000.',
        ],
      },
    ],
  },
};
