using System.Text.RegularExpressions;

namespace MedDocs.Core.Categorization;

/// <summary>
/// The default category set of a legal-medical practice, and the curated cues the rules engine uses for it.
/// Cue lists are immutable; weights: headings 2–3, body terms 0.3–1.5, file-name tokens 2.5.
/// </summary>
/// <remarks>
/// Affidavits and declarations: a sworn statement of facts is evidence, so "AFFIDAVIT"/"DECLARATION" are
/// Documentary Evidence headings of medium weight. When the same document carries a court caption (court name,
/// case number, plaintiff/defendant), the caption's stronger pleading cues win: a captioned affidavit filed in a
/// case is treated as a court filing (Pleading). The corpus is labelled by the same rule.
/// </remarks>
public static class DefaultCategories
{
    public const string MedicalRecord = "Medical Record";
    public const string Bill = "Bill";
    public const string Pleading = "Pleading";
    public const string DocumentaryEvidence = "Documentary Evidence";

    /// <summary>
    /// The design seed's four categories, with the one-line descriptions the model sees. They state the taxonomy the
    /// rules follow too (issue 12): a form filled in by or for a provider is part of the medical record; correspondence
    /// (letters, including those a court clerk mails, faxes and cover sheets, emails) is documentary evidence; only
    /// filings and a court's own orders are pleadings; a letter whose point is "pay this balance" is a bill.
    /// </summary>
    public static IReadOnlyList<CategoryDefinition> All { get; } =
    [
        new(MedicalRecord, "Clinical documentation of a person's care: visit, progress and nursing notes, discharge summaries, lab, imaging, " +
            "pathology and operative reports (even when they mention consent), and forms filled in by or for a provider: intake and registration, " +
            "consent, HIPAA authorization, medication list, questionnaires (even when they cite statutes or ask for insurance)."),
        new(Bill, "Charges and payments for services: invoices, itemized statements, statements of account, claims, explanations of benefits, " +
            "ledgers, and past-due or collection notices whose point is to be paid."),
        new(Pleading, "Documents filed with a court or issued by it, usually under a caption: complaints, answers, motions, briefs, orders and " +
            "judgments, summonses, subpoenas, discovery requests, captioned notices and affidavits filed in the case."),
        new(DocumentaryEvidence, "Correspondence and other proof of facts: letters (including letters and notices a court clerk mails, and " +
            "letters about a case or a patient), faxes and fax cover sheets, emails, memos, police and incident reports, witness statements and " +
            "uncaptioned affidavits, photographs, transcripts, employment records, estimates."),
    ];

    private const double FileNameWeight = 2.5;
    // NonBacktracking: linear time on any input, so a hostile or huge document cannot stall the engine.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking;
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private static readonly CategoryCueSet MedicalCues = new(
        [
            .. Phrases(CueKind.Title,
            "DISCHARGE SUMMARY|3", "HISTORY AND PHYSICAL|3", "PROGRESS NOTE|3", "PROGRESS NOTES|3", "LABORATORY REPORT|3",
            "LABORATORY RESULTS|3", "LAB REPORT|3", "LAB RESULTS|3", "RADIOLOGY REPORT|3", "OPERATIVE REPORT|3", "OPERATIVE NOTE|3",
            "CONSULTATION NOTE|3", "CONSULTATION REPORT|3", "EMERGENCY DEPARTMENT RECORD|3", "EMERGENCY DEPARTMENT NOTE|3",
            "ED PHYSICIAN RECORD|3", "PHYSICAL THERAPY EVALUATION|3", "PHYSICAL THERAPY DAILY NOTE|3", "OFFICE VISIT|2.5",
            "CLINIC NOTE|3", "NURSING NOTE|3", "PATHOLOGY REPORT|3", "IMAGING REPORT|3", "CHIEF COMPLAINT|3",
            "HISTORY OF PRESENT ILLNESS|2.5", "ASSESSMENT AND PLAN|2", "REVIEW OF SYSTEMS|2", "PHYSICAL EXAMINATION|2",
            "MEDICATION LIST|2", "PROCEDURE NOTE|3", "ADMISSION NOTE|3", "TRIAGE NOTE|3", "CHIROPRACTIC NOTE|3",
            "PATIENT CHART|2.5", "MEDICAL RECORD|1.5", "SOAP NOTE|3",
            // Forms filled in by or for a provider, and short reports (issue 12's taxonomy).
            "CONSENT FOR TREATMENT|3", "CONSENT TO TREATMENT|3", "INFORMED CONSENT|2.5", "CONSENT FOR|2", "CONSENT TO|2",
            "AUTHORIZATION FOR RELEASE|2.5", "AUTHORIZATION TO RELEASE|2.5", "AUTHORIZATION FOR USE AND DISCLOSURE|3", "HIPAA AUTHORIZATION|3",
            "RELEASE OF INFORMATION|2", "PATIENT REGISTRATION|3", "REGISTRATION FORM|2.5", "NEW PATIENT|1.5", "PATIENT INTAKE|3",
            "INTAKE FORM|3", "PATIENT INFORMATION|2", "HEALTH HISTORY|2.5", "MEDICAL HISTORY|2.5", "QUESTIONNAIRE|2",
            "MEDICATION RECONCILIATION|3", "ADVANCE DIRECTIVE|3", "POLST|3", "PRE OPERATIVE CHECKLIST|3", "ELECTROCARDIOGRAM|3", "ECG|2",
            "EKG|2", "ULTRASOUND|2.5", "X RAY|2", "MRI|2", "PATIENT CARE REPORT|3", "RUN REPORT|2.5", "PRESCRIPTION|2", "IMMUNIZATION|2.5",
            "DISCHARGE INSTRUCTIONS|3", "AFTER VISIT SUMMARY|3", "CLINICAL SUMMARY|2.5", "PLAN OF CARE|2.5", "NURSING|1.5"),
            .. Phrases(CueKind.Term,
                "diagnosis|1", "diagnoses|1", "patient|0.5", "vital signs|1", "vitals|1", "blood pressure|1", "heart rate|1", "pulse|0.7",
                "temperature|0.7", "respiratory rate|1", "medication|0.8", "medications|0.8", "prescribed|1", "mg|0.8", "dose|0.7",
                "allergies|1", "nkda|1.5", "physical exam|1", "exam|0.5", "hpi|1.5", "impression|1", "assessment|0.7", "plan|0.4",
                "follow up|0.6", "discharged|0.8", "discharge|0.6", "admitted to|0.8", "admission|0.6", "symptoms|0.8", "tenderness|1.2",
                "range of motion|1.2", "lumbar|1", "cervical|1", "thoracic|1", "fracture|0.8", "mri|1", "ct|0.6", "x ray|0.8",
                "radiograph|1", "radiographs|1", "findings|0.8", "labs|0.8", "hemoglobin|1.2", "wbc|1.2", "glucose|1", "creatinine|1.2",
                "sodium|0.8", "potassium|1", "abdomen|1", "extremities|1", "neurological|1", "neuro|1", "cardiovascular|1",
                "auscultation|1.2", "lungs|0.8", "oriented|0.8", "prognosis|1", "physical therapy|0.8", "sutures|1", "laceration|1",
                "contusion|1", "sprain|1", "strain|0.6", "whiplash|0.8", "ibuprofen|1", "acetaminophen|1", "oxycodone|1",
                "cyclobenzaprine|1.2", "naproxen|1", "tramadol|1", "pain|0.4", "mrn|1.5", "medical record number|1.5", "attending|0.8",
                "ecg|1", "ekg|1", "bp|0.8", "hr|0.6", "rr|0.6", "spo2|1.2", "afebrile|1.5", "denies|0.8", "unremarkable|1.2",
                "bilateral|0.8", "radiating|1", "numbness|1", "tingling|1", "gait|1", "palpation|1.2", "subjective|1", "objective|0.8",
                "clinical|0.6", "history|0.3", "nurse|0.5", "rn|0.5", "physician|0.5", "spasm|1", "paraspinal|1.5", "tablet|0.8",
                "po|0.6", "bid|0.8", "tid|0.8", "prn|1", "dx|1", "rx|0.8", "reflexes|1", "strength|0.5", "cbc|1.2", "bmp|1.2",
                "ice|0.3", "edema|1.2", "lesion|1", "stable|0.5", "vital|0.5", "injection|0.8", "mild|0.4", "moderate|0.4",
                "herniation|1.2", "disc|0.6", "vertebral|1", "contrast|0.6", "exacerbation|1", "headache|0.8", "dizziness|0.8",
                "dob|0.5", "date of birth|0.5", "pharmacy|0.6", "hipaa|1", "protected health information|1.5", "health information|1",
                "consent|0.4", "informed consent|1", "anesthesia|1.2", "lidocaine|1.2", "sterile|1", "incision|1.2", "specimen|0.8", "ebl|1.5",
                "tolerated|0.8", "procedure|0.6", "rhythm|0.8", "sinus|1", "qrs|1.5", "qtc|1.5", "gallbladder|1", "liver|0.8", "kidney|0.8",
                "bpm|1", "refills|1", "dispense|0.8", "daily|0.5", "at bedtime|0.8", "surgical history|1.2", "past medical history|1.2",
                "immunizations|1", "pcp|1", "primary care|0.8", "emergency contact|0.8", "treatment|0.5", "treating|0.5",
                "fx|1", "imp|1", "effusion|1.2", "swelling|0.8", "soft tissue|1", "dislocation|1", "bmd|1.2", "osteoporosis|1.2",
                "osteopenia|1.2", "t score|1.2", "antigen|1.2", "culture|0.8", "positive|0.4", "negative|0.4", "reference range|1.2",
                "ref range|1.2", "normal|0.3", "abnormal|0.8", "result|0.4", "results|0.4", "collected|0.6", "mmhg|1.2", "echocardiogram|1.5",
                "ejection fraction|1.5", "lvef|1.5", "stenosis|1.2", "pt|0.5", "ordering|0.6", "dictated|1", "radiologist|1.2", "views|0.6",
                "troponin|1.5", "a1c|1.5", "inr|1.2", "hematocrit|1.2", "platelets|1.2", "cholesterol|1", "tsh|1.2", "urinalysis|1.2",
                "pcr|1", "strep|1.2", "mammogram|1.5", "emg|1.2", "nerve conduction|1.5", "bone density|1.5", "densitometry|1.5",
                "interpretation|0.6", "percentile|0.6", "dysfunction|0.8", "dilated|0.8", "pediatric|1", "urgent care|1.2"),
        ],
        [
            new StructuralCue(Regex(@"\b(?:BP|blood pressure)\s*:?\s*\d{2,3}\s*/\s*\d{2,3}"), "vital signs", 1.5, CueKind.Term),
        ],
        Tokens(FileNameWeight, "medical", "med", "medrec", "records", "discharge", "labs", "lab", "radiology", "xray", "mri", "ct", "progress",
            "chart", "clinic", "hospital", "er", "operative", "surgery", "therapy", "consult", "consultation", "visit", "soap",
            "pathology", "imaging", "rx", "prescription", "physical", "hp", "ortho", "neuro", "chiro", "notes", "triage"),
        "clinical term",
        IsCurated: true,
        [LayoutGenre.Form, LayoutGenre.ClinicalReport]);

    private static readonly CategoryCueSet BillCues = new(
        [
            .. Phrases(CueKind.Title,
            "INVOICE|3", "STATEMENT OF ACCOUNT|3", "PATIENT STATEMENT|3", "BILLING STATEMENT|3", "ITEMIZED STATEMENT|3",
            "ITEMIZED BILL|3", "ITEMIZED CHARGES|3", "EXPLANATION OF BENEFITS|3", "EOB|2.5", "AMOUNT DUE|3", "BALANCE DUE|3",
            "TOTAL DUE|3", "PAY THIS AMOUNT|3", "PLEASE PAY|2", "REMIT TO|2.5", "REMITTANCE|2", "CPT|2", "HCPCS|2",
            "STATEMENT DATE|2", "HCFA|2", "CLAIM SUMMARY|2", "THIS IS NOT A BILL|2.5", "GUARANTOR|2", "ACCOUNT SUMMARY|2",
            "AMOUNT ENCLOSED|2.5", "PAYMENT DUE|2.5", "SUPERBILL|3", "UB 04|3", "CMS 1500|3", "HEALTH INSURANCE CLAIM FORM|3",
            "MEDICARE SUMMARY NOTICE|3", "LEDGER|2.5", "PAST DUE|2.5", "FINAL NOTICE|2", "RECEIPT|2", "PAYMENT RECEIPT|3", "FEE SCHEDULE|2"),
            .. Phrases(CueKind.Term,
                "charges|1", "charge|0.8", "total charges|1.5", "payment|0.8", "payments|0.8", "paid|0.6", "adjustment|1",
                "adjustments|1", "insurance|0.5", "copay|1.2", "coinsurance|1.5", "deductible|1.2", "patient responsibility|1.5",
                "balance|0.8", "amount|0.6", "due|0.5", "billed|1", "allowed amount|1.5", "allowed|0.6", "units|0.6",
                "procedure code|1.2", "service date|1", "date of service|1", "dos|0.8", "qty|1", "subtotal|1.2", "payable|1",
                "past due|1.2", "account|0.5", "account number|1", "invoice number|1", "claim number|0.6", "fee|0.6", "fees|0.6",
                "net due|1.2", "credit card|1", "visa|0.8", "mastercard|1", "write off|1.2", "collections|0.8", "billing|1",
                "bill|0.6", "statement|0.5", "price|0.6", "total|0.5", "pay|0.5", "owed|1", "outstanding|0.6", "discount|0.8",
                "contractual|1", "ins|0.6", "pmt|1.2", "adj|1.2", "tax id|1", "npi|0.6", "modifier|0.8", "rev code|1.2",
                "revenue code|1.2", "plan paid|1.5", "you owe|1.5", "not covered|1", "denied charges|1", "self pay|1",
                "financial assistance|1", "due date|1", "paid by|0.8", "hourly|0.8", "rate|0.4", "retainer|1", "per page|1", "late fee|1",
                "finance charge|1.2", "minimum payment|1.2", "payer|1", "prior payments|1.2", "rev cd|1.2", "covers period|1",
                "type of bill|1.5", "network savings|1.5", "you may owe|1.5", "out of pocket|1", "plan discount|1.2"),
        ],
        [
            new StructuralCue(Regex(@"\$\s?\d{1,3}(?:,\d{3})*(?:\.\d{2})?\b"), "dollar amounts", 0.6, CueKind.Term),
            new StructuralCue(Regex(@"^.*\b\d{5}\b.*\d+\.\d{2}\s*$"), "itemized lines", 0.8, CueKind.Term),
        ],
        Tokens(FileNameWeight, "invoice", "inv", "bill", "bills", "billing", "eob", "stmt", "ledger", "receipt", "charges",
            "itemized", "balance", "payment", "hcfa", "ub", "remittance", "account")
            // "statement" alone leans to a bill, but "witness_statement.pdf" must not tie with the evidence token.
            .Append(new KeyValuePair<string, double>("statement", 1.5))
            .ToDictionary(StringComparer.OrdinalIgnoreCase),
        "billing term",
        IsCurated: true,
        [LayoutGenre.ItemizedTable],
        // A past-due letter is a bill (its point is to be paid); a superbill is a form that lists fees.
        [LayoutGenre.Correspondence, LayoutGenre.Form]);

    private static readonly CategoryCueSet PleadingCues = new(
        [
            .. Phrases(CueKind.Title,
            "IN THE CIRCUIT COURT|3", "IN THE SUPERIOR COURT|3", "IN THE DISTRICT COURT|3", "IN THE COUNTY COURT|3",
            "CIRCUIT COURT|3", "SUPERIOR COURT|3", "DISTRICT COURT|3", "COUNTY COURT|2.5", "COURT OF COMMON PLEAS|3",
            "SUPREME COURT|2.5", "JUSTICE COURT|2.5", "COMPLAINT|3", "PLAINTIFF|2", "PLAINTIFFS|2", "DEFENDANT|2",
            "DEFENDANTS|2", "CASE NO|2.5", "CASE NUMBER|2", "CIVIL ACTION NO|2.5", "CIVIL ACTION|2", "CAUSE NO|2.5",
            "INDEX NO|2.5", "DOCKET NO|2.5", "MOTION TO|3", "MOTION FOR|3", "ANSWER AND AFFIRMATIVE DEFENSES|3",
            "AFFIRMATIVE DEFENSES|3", "COMES NOW|3", "COME NOW|3", "WHEREFORE|2.5", "ATTORNEY FOR|2.5", "ATTORNEYS FOR|2.5",
            "COUNSEL FOR|2", "CERTIFICATE OF SERVICE|2.5", "SUMMONS|3", "ORDER GRANTING|3", "ORDER DENYING|3",
            "NOTICE OF HEARING|3", "NOTICE OF DEPOSITION|2.5", "INTERROGATORIES|2.5", "REQUEST FOR PRODUCTION|2.5",
            "REQUESTS FOR PRODUCTION|2.5", "SUBPOENA|2.5", "PETITION|2", "PETITIONER|2", "RESPONDENT|1.5",
            "DEMAND FOR JURY TRIAL|3", "JURY TRIAL DEMANDED|3", "MEMORANDUM OF LAW|3", "BRIEF IN SUPPORT|3",
            "STIPULATION|2", "PROPOSED ORDER|2.5", "ANSWER TO COMPLAINT|3", "DEFENDANT'S ANSWER|3", "COUNTERCLAIM|2.5",
            "STATE OF|0.5", "COUNTY OF|0.5", "PARISH OF|1",
            "ORDER|2", "FINAL JUDGMENT|3", "JUDGMENT|2", "MINUTE ORDER|3", "MINUTE ENTRY|3", "BILL OF COSTS|3", "MEDIATOR'S REPORT|3",
            "MEDIATION REPORT|2.5", "NOTICE OF APPEARANCE|3", "NOTICE OF SERVICE|2.5", "NOTICE OF FILING|2.5", "NOTICE OF APPEAL|3",
            "RESPONSE TO|2", "REPLY TO|1.5", "OPPOSITION TO|2.5", "RESPONSE IN OPPOSITION|3", "IT IS ORDERED|3", "IT IS HEREBY ORDERED|3",
            "ORDERED AND ADJUDGED|3", "DONE AND ORDERED|3", "SO ORDERED|3", "CLAIM PETITION|3", "COURT OF APPEALS|2.5", "COURT OF APPEAL|2.5",
            "APPEAL BOARD|2.5", "VERIFICATION|1.5"),
            .. Phrases(CueKind.Term,
            "court|0.7", "counsel|0.8", "negligence|1", "negligent|1", "negligently|1", "damages|0.8", "jurisdiction|1.2",
            "venue|1.2", "alleges|1.2", "allegation|1", "allegations|1", "paragraph|0.6", "prayer for relief|1.5", "relief|0.5",
            "judgment|1", "hereby|0.5", "respectfully|0.8", "respectfully submitted|1.5", "pursuant|0.8", "rule|0.3",
            "breach|0.8", "duty of care|1.2", "proximately|1.2", "proximate cause|1.2", "liable|1", "liability|0.6",
            "deposition|0.8", "discovery|0.8", "esq|1.2", "esquire|1.2", "bar no|1.5", "state bar|1.2", "honorable|1",
            "clerk|0.8", "filed|0.5", "served|0.6", "granted|0.6", "admits|1.2", "without knowledge|1.5", "strict proof|1.5",
            "comparative negligence|1.5", "statute of limitations|1.5", "count|0.5", "verified|0.4", "vs|0.8", "trial|0.6",
            "jury|0.8", "costs|0.3", "interest|0.2", "attorney|0.6", "fees and costs|1", "hearing|0.4", "judge|0.6",
            "caused|0.3", "failed to|0.5", "further|0.2", "premises|0.6", "tortfeasor|1.2", "dismiss|1", "summary judgment|1.5",
            "denied|0.4", "aforementioned|0.8", "foregoing|0.8", "undersigned|0.8", "e filing|1", "efiling|1", "pro se|1.2",
            "in support|0.6", "alleged|0.6", "action|0.3", "ordered|0.8", "adjudged|1.5", "decreed|1.5", "appellant|1", "appellee|1",
            "movant|1.2", "tribunal|0.8", "docket|0.8"),
        ],
        [],
        Tokens(FileNameWeight, "complaint", "motion", "answer", "summons", "petition", "pleading", "order", "brief", "subpoena",
            "interrogatories", "rfp", "rogs", "notice", "stipulation", "filed", "filing", "response", "reply", "counterclaim",
            "judgment", "docket", "court", "msj", "opposition"),
        "legal term",
        IsCurated: true,
        [LayoutGenre.Caption]);

    private static readonly CategoryCueSet EvidenceCues = new(
        [
            .. Phrases(CueKind.Title,
                "POLICE REPORT|3", "INCIDENT REPORT|3", "ACCIDENT REPORT|3", "CRASH REPORT|3", "OFFENSE REPORT|3",
                "WITNESS STATEMENT|3", "STATEMENT OF WITNESS|3", "AFFIDAVIT|2", "SWORN STATEMENT|2.5", "DECLARATION|2",
                "PHOTOGRAPH|2.5", "PHOTOGRAPHS|2.5", "PHOTO LOG|3", "PHOTO|2", "EXHIBIT|1.5", "TEXT MESSAGES|2.5",
                "TRANSCRIPT|2", "RECORDED STATEMENT|3", "SURVEILLANCE|2", "EMPLOYMENT RECORDS|2", "WAGE VERIFICATION|2.5",
                "LOST WAGES|1.5", "REPAIR ESTIMATE|2", "PROPERTY DAMAGE|1.5", "DISPATCH LOG|2.5", "CALL LOG|2",
                "FORWARDED MESSAGE|2.5", "ORIGINAL MESSAGE|2", "MEMORANDUM|1", "INSPECTION REPORT|2.5", "SAFETY DATA|1",
                "DEPOSITION OF|2", "DECLARATIONS PAGE|3", "POLICY DECLARATIONS|3", "EMPLOYMENT VERIFICATION|3", "VERIFICATION OF EMPLOYMENT|3",
                "PAYROLL|2", "PAY STUB|2.5", "EARNINGS STATEMENT|2.5", "TIME SHEET|2", "MEMO|1.5", "INTEROFFICE|1.5", "OCCURRENCE REPORT|3",
                "EVENT REPORT|2", "ESTIMATE|1.5", "APPRAISAL|2", "TEXT MESSAGE|2.5", "VOICEMAIL|2", "NOTICE OF LIEN|2", "LIEN|1.5",
                "CONDITIONAL PAYMENT|2", "SETTLEMENT DEMAND|2", "LETTER OF PROTECTION|2.5",
                "FIRST REPORT OF INJURY|3", "REPORT OF INJURY|2.5", "EMPLOYER'S REPORT|2.5", "EARNINGS HISTORY|3", "WAGE STATEMENT|2.5",
                "CHRONOLOGY|3", "WORK PRODUCT|2", "CERTIFICATION OF RECORDS|3", "RECORDS CUSTODIAN|2.5", "CUSTODIAN OF RECORDS|2.5",
                "BUSINESS RECORDS|2", "MAINTENANCE REPORT|2.5", "SERVICE REPORT|2.5", "MAINTENANCE LOG|2.5", "LOG|1.5"),
            .. Phrases(CueKind.Term,
                "officer|1", "badge|1", "vehicle|1", "vehicles|1", "driver|1", "intersection|1", "collision|1", "crash|0.8",
                "accident|0.6", "witness|1", "witnessed|1", "scene|1", "narrative|1", "responding|1", "citation|0.8", "cited|0.8",
                "observed|0.6", "reported|0.4", "location|0.6", "sworn|1", "subscribed|1", "notary|1.5", "notary public|1.5",
                "my commission expires|1.5", "personal knowledge|1.5", "under penalty of perjury|2", "true and correct|1",
                "depicts|1.5", "depicting|1.5", "taken on|1", "camera|1", "image|0.8", "photo|0.8", "regards|0.8", "sincerely|0.6",
                "dear|0.8", "sent|0.8", "wrote|0.6", "attachment|0.6", "attached|0.3", "lane|0.8", "northbound|1", "southbound|1",
                "eastbound|1", "westbound|1", "airbag|1", "skid|1", "license plate|1.2", "plate|0.5", "unit|0.3", "dispatch|1",
                "dispatched|1", "employer|0.8", "hours|0.4", "wages|1", "payroll|1", "supervisor|0.6", "slipped|0.8", "fell|0.6",
                "floor|0.4", "wet|0.6", "store|0.5", "manager|0.5", "incident|0.8", "affiant|1.5", "deposes|1.2", "declarant|1.5",
                "saw|0.6", "heard|0.5", "statement|0.5", "cc|0.6", "thanks|0.6", "hi|0.5", "message|0.6", "repair|0.8",
                "bumper|1.2", "damage|0.6", "estimate|0.5", "video|1", "footage|1.2", "timestamp|1", "report number|1",
                "offense|0.8", "suspect|1", "victim|0.8", "traffic|0.8", "roadway|1", "weather|0.8", "visibility|1",
                "lien|1", "adjuster|1", "insured|0.6", "premium|0.8", "coverage|0.6", "liability limits|1", "employee|0.6", "hire date|1",
                "gross pay|1.2", "overtime|1", "labor|0.6", "testimony|1", "court reporter|0.8", "earnings|1", "gross|0.6",
                "week ending|1", "pay period|1", "pay frequency|1.2", "average weekly wage|1.5", "wage|1", "job title|0.8", "occupation|0.8",
                "date hired|1", "estimator|1.5", "estimate total|1.5", "paint|0.8", "vin|1", "bates|1.5", "paralegal|1.2", "client|0.6",
                "metadata|1.2", "taken by|1.2", "custodian|1.2", "regularly conducted activity|1.5", "technician|0.8", "customer|0.6"),
        ],
        [],
        Tokens(FileNameWeight, "police", "photo", "photos", "img", "image", "pic", "pics", "exhibit", "witness", "email", "mail", "msg",
            "letter", "correspondence", "affidavit", "declaration", "decl", "incident", "accident", "crash", "evidence",
            "scene", "surveillance", "texts", "sms", "transcript", "recording", "video", "wage", "wages", "estimate", "memo"),
        "evidence term",
        IsCurated: true,
        [LayoutGenre.Correspondence, LayoutGenre.Transcript]);

    /// <summary>Curated cues by default category name (case-insensitive), used when a configured category matches one.</summary>
    internal static IReadOnlyDictionary<string, CategoryCueSet> CuratedCues { get; } =
        new Dictionary<string, CategoryCueSet>(StringComparer.OrdinalIgnoreCase)
        {
            [MedicalRecord] = MedicalCues,
            [Bill] = BillCues,
            [Pleading] = PleadingCues,
            [DocumentaryEvidence] = EvidenceCues,
        };

    private static Regex Regex(string pattern) => new(pattern, Options, RegexTimeout);

    private static PhraseCue[] Phrases(CueKind kind, params string[] specs) =>
        [.. specs.Select(spec =>
        {
            var bar = spec.LastIndexOf('|');
            var phrase = spec[..bar];
            var weight = double.Parse(spec[(bar + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            return new PhraseCue(phrase, phrase, weight, kind);
        })];

    private static Dictionary<string, double> Tokens(double weight, params string[] tokens) =>
        tokens.ToDictionary(t => t, _ => weight, StringComparer.OrdinalIgnoreCase);
}
