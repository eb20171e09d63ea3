import { defineRule } from '../define';

/**
 * An in-house code or acronym the customer was never told the meaning of (issue #10, session 22): one detector by the
 * token's shape (lib/engine/checks/codes.ts) rather than a list of codes, so "pending DCV", "sits with L2", "filed as
 * NAR" and "on W1/M1 basis" are caught in any sentence. `known` lists the acronyms customers read without help; a team
 * adds its own (a product's name in capitals, an acronym its customers all know). Advice only, since only the agent
 * knows what the code means, except where the customer's message spells it out: then their own words replace it.
 */
export default defineRule({
  id: 'unexplained-code',
  kind: 'structure',
  check: 'codes',
  principle: 'plain-language',
  severity: 'hint',
  // Shipped off; a lead whose team writes in codes turns it on. On replies nobody tuned it for it catches little and adds
  // hints to warm replies: session 22, untouched +1 of 32 plain-language phrases for +0.05 hints per warm reply; session
  // 45, with the appositive, gloss, next-sentence, product-word and "quote" exemptions, tune half B +14 of 542 for +21
  // warm hints, but untouched and fresh +1 aimed phrase each for +3 warm hints each (untouched 0.18 -> 0.23 hints per
  // warm reply, past the 0.2 budget). README, the codes family.
  enabled: false,
  message: 'Plain language: a code or acronym the customer was never told the meaning of is our word, not theirs, so say what it means or use the words.',
  options: {
    known: [
      // Everyday and official acronyms.
      'ID', 'IDS', 'PIN', 'PINS', 'OK', 'TV', 'TVS', 'PC', 'PCS', 'DIY', 'FAQ', 'FAQS', 'ETA', 'ETC', 'ASAP', 'RSVP', 'FYI',
      'NB', 'PS', 'AKA', 'BBQ', 'CEO', 'CFO', 'CTO', 'COO', 'HR', 'IT', 'PR', 'CV', 'CVS', 'DJ', 'AI', 'VR', 'EG', 'IE', 'AM',
      'PM', 'VIP', 'Q&A', 'R&D', 'B&B', 'T&C', 'T&CS', 'P&P', 'N/A', 'NA', 'RE', 'FW', 'FWD', 'CC', 'BCC', 'DM', 'DMS', 'LOL',
      'OMG', 'BTW', 'IMO', 'TBH', 'IDK', 'PLS', 'PLZ', 'THX', 'TY', 'NP', 'XX',
      // Places, time zones, currencies.
      'UK', 'US', 'USA', 'EU', 'UN', 'UAE', 'NYC', 'LA', 'DC', 'NZ', 'GB', 'UTC', 'GMT', 'BST', 'EST', 'EDT', 'PST', 'PDT',
      'CST', 'CET', 'CEST', 'IST', 'AEST', 'USD', 'EUR', 'GBP', 'AUD', 'CAD', 'NZD', 'JPY', 'CHF', 'INR', 'SEK', 'NOK', 'DKK',
      'ZAR', 'ET', 'PT', 'CT', 'MT',
      // Money, tax and public services customers deal with themselves.
      'ATM', 'ATMS', 'VAT', 'IBAN', 'BIC', 'SWIFT', 'APR', 'APY', 'ISA', 'ISAS', 'NHS', 'GP', 'GPS', 'A&E', 'ER', 'ICU', 'MRI',
      'CT', 'ECG', 'COVID', 'DNA', 'IVF', 'MOT', 'DVLA', 'HMRC', 'IRS', 'DMV', 'SSN', 'NI', 'TFL', 'DOB', 'GDPR', 'CCTV',
      'RRP', 'MSRP', 'PHD', 'MBA', 'BA', 'MSC', 'BSC',
      // Schools, payments, payslips and signs customers meet outside any one company.
      'GCSE', 'GCSES', 'SAT', 'SATS', 'GPA', 'BSL', 'ASL', 'ISO', 'RSS', 'BACS', 'CHAPS', 'SEPA', 'ACH', 'FX', 'PAYE', 'P45',
      'P60', 'ULEZ', 'CAA', 'FAA', 'DVSA', 'TSA',
      // Technology on the box or in the settings.
      'PDF', 'PDFS', 'USB', 'SMS', 'MMS', 'DVD', 'DVDS', 'CD', 'CDS', 'HD', 'SD', 'UHD', 'HDR', 'LED', 'LCD', 'OLED', 'QR',
      'NFC', 'SIM', 'SIMS', 'URL', 'API', 'APIS', 'CSV', 'JPG', 'JPEG', 'PNG', 'GIF', 'MP3', 'MP4', 'ZIP', 'DOC', 'DOCX',
      'XLS', 'XLSX', 'TXT', 'HTML', 'HTTP', 'HTTPS', 'WWW', 'WIFI', 'VPN', 'DNS', 'SSL', 'TLS', 'IP', 'OS', 'CPU', 'GPU',
      'RAM', 'SSD', 'HDD', 'HDMI', 'LTE', '2FA', 'MFA', 'OTP', 'SSO', 'PS4', 'PS5', 'PSN', 'DLC', 'DVR', 'PVR', 'GB', 'MB', 'KB', 'TB', 'GHZ',
      'MHZ', 'KW', 'KWH', 'MW', 'MPH', 'KM', 'KG', 'CM', 'MM', 'ML', 'EV', 'SUV', 'AC', 'DC', 'TLC',
      // Sizes, batteries and paper.
      'XS', 'XL', 'XXL', 'XXXL', 'AA', 'AAA', 'A4', 'A3', 'A5',
      // Language levels (CEFR), and what gamers, caterers and event-goers read every day.
      'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'XP', 'GF', 'AV', 'PPS',
      // Carriers and services known by their letters.
      'DHL', 'UPS', 'DPD', 'TNT', 'USPS', 'EMS', 'GLS', 'BT', 'EE', 'O2', 'AT&T', 'HSBC', 'TSB', 'RBS', 'AWS', 'IKEA', 'BBC',
      'ITV', 'HBO', 'ESPN', 'H&M', 'M&S', 'AO', 'JBL', 'ASUS', 'HP', 'VW', 'GM', 'KFC', 'NASA',
    ],
    advice: 'Say what {codes} means for the customer in everyday words, or spell it out the first time you use it.',
    // Off, the rule still adds its advice to another principle's card on a sentence with a code; false stops that too.
    onOtherCards: true,
  },
  examples: {
    flag: [
      { text: 'Your order is pending DCV and will ship once it clears.', becomes: null },
      { text: 'I have moved your ticket to L2 for an RCA.', becomes: null },
      // Where the customer's message spells the code out, their own words replace it.
      {
        text: 'Yes, the POD was signed at 9:40 this morning.',
        customerMessage: 'Has the proof of delivery been signed yet?',
        becomes: 'Yes, the proof of delivery was signed at 9:40 this morning.',
      },
    ],
    pass: [
      "I've emailed you a return authorisation (RMA) number, so any post office will take the parcel for free.",
      { text: 'Yes, the BL was released this morning and your container reaches the DC on Thursday.', customerMessage: 'Has the BL been released? We need it at our DC by Friday.' },
    ],
    paraphrases: {
      flag: [
        'The SKU is EOL, so we will not be restocking it.',
        'We have raised a P2 with the NOC.',
        'Could you send us your MPAN?',
        'We are still awaiting the POD from the 3PL.',
        "Unfortunately the chargeback is now with the CB team for pre-arb, so I can't reverse it.",
        'Your FBC and U&Es were filed as NAR by the doctor.',
        'The claim sits with the LA until the PDR comes back.',
        'Tax is now on a W1/M1 basis after the new notice.',
        'Our BCO will sign it off once the SAP calc is on file.',
        'Has the DNO been in touch about the G99 yet?',
      ],
      pass: [
        'Your PIN and the PDF guide are in the SMS I sent.',
        'Your Meter Point Administration Number (MPAN) is on the top right of your bill.',
        'Your MPAN (the 13-digit number on your bill) helps the new supplier find your meter.',
        "I've booked your BMW X3 in for its MOT on Saturday at 9:30am.",
        "I've added a bag to booking QX7RBT for your flight on 12 June.",
        'Order 4481-22B left our warehouse today with DPD.',
        'Your claim reference is CLM-2024-0093, and the assessor will call by Wednesday.',
        'The ATM fee is zero anywhere in the EU.',
        'Please do NOT unplug it while the light is flashing.',
        'Tap the button that says "SYNC" and wait for the green tick.',
        'The TVB-400 bracket fits LG OLED sets from 43 to 65 inches.',
        'Your seat is 14C, by the window.',
      ],
    },
  },
});
