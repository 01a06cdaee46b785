#!/usr/bin/env python3
"""Generates the labelled categorization corpus: synthetic documents, invented people and places only.

Run from this folder:  python3 generate_corpus.py   (deterministic: fixed seed; rewrites <Category>/NNN_name.txt)
Variation: several templates per category, different facilities/courts/states/billing layouts, optional titles,
short and long bodies, OCR-style noise, and a few deliberately ambiguous documents labelled by primary purpose
(a pleading with a bill attached as an exhibit is a Pleading; a captioned affidavit filed in a case is a Pleading;
an uncaptioned witness affidavit is Documentary Evidence; a property-damage repair estimate is Documentary Evidence).
"""
import os
import random
import shutil

rng = random.Random(20240611)

FIRST = ["Dana", "Luis", "Marisol", "Trent", "Keisha", "Oren", "Priya", "Walt", "Imogen", "Tobias", "Renata", "Ezra",
         "Hollis", "Yuki", "Basil", "Corinne", "Desmond", "Fern", "Gideon", "Ines"]
LAST = ["Quillfeather", "Marrowby", "Tenpenny", "Ashgrove", "Vellacott", "Brindlewood", "Okonkwo-Hale", "Pardoe",
        "Stanbury", "Whitlock", "Caraway", "Delacourt", "Fenwright", "Harrowgate", "Lindqvist", "Moorcroft"]
HOSPITALS = ["Riverbend Regional Medical Center", "St. Aldric Community Hospital", "Lakeshore Health System",
             "Pinecrest Orthopedic & Spine", "Mesa Verde Urgent Care", "Harbor Point Imaging", "North Fork Family Practice",
             "Cedar Valley Physical Therapy", "Summit Chiropractic Clinic", "Bayview Surgical Associates"]
STATES = ["Florida", "Georgia", "Ohio", "Texas", "Arizona", "Oregon", "Illinois", "North Carolina", "Colorado", "Nevada"]
COUNTIES = ["Orange", "Fulton", "Franklin", "Travis", "Maricopa", "Lane", "Cook", "Wake", "Denver", "Washoe"]
CITIES = ["Fairhaven", "Millbrook", "Eastwick", "Port Lorne", "Grangeville", "Ashford", "Kestrel Bay", "Ridgeway"]
FIRMS = ["Hollister & Vane, P.A.", "Greer Tolliver LLP", "The Ostrander Law Group", "Maddox, Pryce & Lin", "Calloway Injury Law"]
INSURERS = ["Cobalt Mutual Insurance", "Northstar Health Plan", "Evergreen Casualty Co.", "Tri-County Benefit Trust"]

def person():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

def date(year=None):
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{year or rng.choice([2022, 2023, 2024])}"

def money(lo=20, hi=4000):
    return f"{rng.uniform(lo, hi):,.2f}"

def pick(*options):
    return rng.choice(options)

def maybe(p, text):
    return text if rng.random() < p else ""

def ocr_noise(text, rate=0.025):
    swaps = {"l": "1", "O": "0", "o": "0", "e": "c", "S": "5", "I": "l", "m": "rn", "B": "8", "a": "o"}
    out = []
    for ch in text:
        r = rng.random()
        if ch in swaps and r < rate:
            out.append(swaps[ch])
        elif ch == " " and r < rate / 2:
            continue
        else:
            out.append(ch)
    return "".join(out)

# ---------------------------------------------------------------- Medical Record
def discharge_summary():
    p, dr = person(), person()
    title = pick("DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY")
    dx = pick("Closed fracture of the left distal radius", "Acute cervical strain after motor vehicle collision",
              "Right tibial plateau fracture", "Concussion without loss of consciousness")
    long = rng.random() < 0.5
    return f"""{rng.choice(HOSPITALS)}
{title}

Patient: {p}    MRN: {rng.randint(100000, 999999)}
Admission Date: {date()}    Discharge Date: {date()}
Attending Physician: {dr}, MD

Admitting Diagnosis: {dx}
Discharge Diagnoses:
1. {dx}
2. {pick("Hypertension, controlled", "Post-traumatic headache", "Contusion of chest wall", "Anxiety")}

Hospital Course:
The patient was admitted from the emergency department after a {pick("motor vehicle collision", "fall from a ladder", "slip and fall at a grocery store")}.
{pick("Orthopedics was consulted and closed reduction was performed.", "CT of the head was negative for acute hemorrhage.", "Pain was controlled with oral analgesics.")}
Vital signs remained stable. {maybe(0.7, "Physical therapy evaluated the patient for gait training and the patient ambulated with a walker.")}
{maybe(0.5 if long else 0, "Labs on admission: hemoglobin 13.2, WBC 9.1, sodium 139, potassium 4.0, creatinine 0.9. Repeat labs unremarkable.")}

Discharge Medications:
- {pick("Ibuprofen 600 mg PO TID PRN pain", "Acetaminophen 650 mg PO q6h PRN", "Naproxen 500 mg PO BID")}
- {pick("Cyclobenzaprine 10 mg PO at bedtime", "Oxycodone 5 mg PO q6h PRN severe pain", "Tramadol 50 mg PO q8h PRN")}

Condition at Discharge: {pick("Stable", "Good", "Improved")}
Follow-up: {pick("Orthopedic clinic in 1 week.", "Primary care in 5-7 days.", "Neurology in 2 weeks.")}
{maybe(0.6, "Instructions: Return to the ED for worsening pain, numbness, or tingling.")}

Electronically signed by {dr}, MD on {date()}
"""

def history_physical():
    p = person()
    title = pick("HISTORY AND PHYSICAL", "EMERGENCY DEPARTMENT RECORD", "ED PHYSICIAN RECORD", "")
    bp = f"{rng.randint(105, 160)}/{rng.randint(60, 98)}"
    return f"""{rng.choice(HOSPITALS)}
{title}
Name: {p}   DOB: {date(rng.randint(1950, 2001))}   Visit: {date()}

CHIEF COMPLAINT: {pick("Neck pain after car accident", "Low back pain", "Right knee pain after fall", "Headache and dizziness")}

HISTORY OF PRESENT ILLNESS: {rng.randint(19, 74)}-year-old {pick("female", "male")} presents {pick("by ambulance", "ambulatory", "with family")} after a {pick("rear-end collision", "fall on a wet floor", "workplace lifting injury")}.
Reports pain {rng.randint(4, 9)}/10, {pick("radiating to the left shoulder", "non-radiating", "radiating down the right leg")}. Denies loss of consciousness. {maybe(0.5, "Denies chest pain or shortness of breath.")}

PAST MEDICAL HISTORY: {pick("None", "Hypertension", "Asthma", "Type 2 diabetes")}
MEDICATIONS: {pick("None", "Lisinopril 10 mg daily", "Albuterol inhaler PRN", "Metformin 500 mg BID")}
ALLERGIES: {pick("NKDA", "Penicillin (rash)", "Sulfa")}

REVIEW OF SYSTEMS: Negative except as noted in HPI.

PHYSICAL EXAMINATION:
Vitals: BP {bp}, HR {rng.randint(60, 110)}, RR {rng.randint(12, 20)}, Temp 98.{rng.randint(0, 9)} F, SpO2 {rng.randint(95, 100)}%
General: Alert and oriented x3, in mild distress.
Neck: {pick("Paraspinal tenderness to palpation, decreased range of motion.", "No midline tenderness.")}
Lungs: Clear to auscultation bilaterally.
Extremities: {pick("No edema.", "Swelling and tenderness over the lateral malleolus.")}
Neuro: Strength 5/5, reflexes 2+ and symmetric.

ASSESSMENT AND PLAN:
1. {pick("Cervical strain", "Lumbar strain with muscle spasm", "Ankle sprain", "Post-concussive syndrome")} - {pick("ice, NSAIDs, follow up with PCP", "X-ray obtained, negative for fracture", "MRI ordered if no improvement")}.
2. Return precautions discussed.
"""

def soap_note():
    p, dr = person(), person()
    title = pick("PROGRESS NOTE", "Progress Note", "CLINIC NOTE", "OFFICE VISIT", "SOAP NOTE", "")
    return f"""{title}
{rng.choice(HOSPITALS)} - {dr}, {pick("MD", "DO", "PA-C", "NP")}
Pt: {p}  Date of visit: {date()}

S: Patient returns for follow-up of {pick("neck and upper back pain", "low back pain", "right shoulder pain")} following an accident on {date()}.
States pain is {pick("improving", "unchanged", "worse at night")}, currently {rng.randint(2, 8)}/10. {pick("Sleeping poorly.", "Able to return to light duty at work.", "Reports numbness in two fingers.")}
O: BP {rng.randint(110, 150)}/{rng.randint(65, 95)}, pulse {rng.randint(60, 96)}. {pick("Tenderness over the trapezius bilaterally.", "Decreased lumbar flexion.", "Positive impingement sign.")}
A: {pick("Cervical sprain/strain, improving.", "Lumbar radiculopathy.", "Rotator cuff tendinopathy.")}
P: {pick("Continue physical therapy 2x/week for 4 weeks.", "Refer to orthopedics; MRI of the lumbar spine.", "Start naproxen 500 mg BID; follow up in 3 weeks.")}
{maybe(0.4, "Work status: modified duty, no lifting over 20 lbs.")}
"""

def radiology_report():
    p = person()
    region = pick("CERVICAL SPINE", "LUMBAR SPINE", "RIGHT KNEE", "LEFT WRIST", "BRAIN")
    modality = pick("MRI", "CT", "X-RAY", "RADIOGRAPHS")
    title = pick("RADIOLOGY REPORT", "IMAGING REPORT", "DIAGNOSTIC IMAGING", "")
    return f"""{pick(*HOSPITALS)}
{title}
EXAM: {modality} {region} {pick("WITHOUT CONTRAST", "WITH AND WITHOUT CONTRAST", "3 VIEWS")}
Patient: {p}   Exam date: {date()}   Ordering: {person()}, MD

CLINICAL HISTORY: {pick("Pain after motor vehicle collision.", "Trauma, evaluate for fracture.", "Persistent pain, rule out disc herniation.")}
TECHNIQUE: {pick("Multiplanar multisequence images were obtained.", "Axial images with sagittal and coronal reformats.", "Standard views were obtained.")}
COMPARISON: {pick("None.", "Prior study dated " + date() + ".")}

FINDINGS:
{pick("There is a small central disc protrusion at C5-C6 without significant canal stenosis.", "No acute fracture or dislocation. Soft tissues are unremarkable.", "There is a nondisplaced fracture of the distal radius.", "Broad-based disc herniation at L4-L5 contacting the traversing L5 nerve root.")}
{pick("Vertebral body heights are maintained.", "Alignment is normal.", "Mild degenerative changes are present.")}

IMPRESSION:
1. {pick("Small C5-C6 disc protrusion.", "No acute osseous abnormality.", "Nondisplaced distal radius fracture.", "L4-L5 disc herniation.")}

Dictated by: {person()}, MD, Radiologist
"""

def lab_report():
    p = person()
    title = pick("LABORATORY REPORT", "LAB RESULTS", "Laboratory Results", "")
    rows = [("WBC", "4.0-11.0", "K/uL"), ("Hemoglobin", "12.0-16.0", "g/dL"), ("Platelets", "150-400", "K/uL"),
            ("Sodium", "135-145", "mmol/L"), ("Potassium", "3.5-5.1", "mmol/L"), ("Glucose", "70-99", "mg/dL"),
            ("Creatinine", "0.6-1.2", "mg/dL"), ("BUN", "7-20", "mg/dL")]
    lines = "\n".join(f"{n:<12} {round(rng.uniform(0.5, 150), 1):>7}  {u:<7} ({r})" for n, r, u in rng.sample(rows, rng.randint(4, 8)))
    return f"""{rng.choice(HOSPITALS)} Clinical Laboratory
{title}
Patient: {p}    Collected: {date()}    Accession: {rng.randint(10**6, 10**7)}
Ordering Provider: {person()}, MD
Panel: {pick("CBC with differential", "Basic metabolic panel (BMP)", "CBC and BMP")}

Test         Result   Units   (Reference)
{lines}

{pick("Results reviewed by the physician.", "Critical values called to the nurse.", "")}
"""

def pt_eval():
    p = person()
    title = pick("PHYSICAL THERAPY EVALUATION", "Physical Therapy Daily Note", "CHIROPRACTIC NOTE", "")
    return f"""{pick("Cedar Valley Physical Therapy", "Summit Chiropractic Clinic", "Motion Works Rehab")}
{title}
Patient: {p}   Date: {date()}   Visit #{rng.randint(1, 24)}
Diagnosis: {pick("Cervical strain (S13.4XXA)", "Low back pain (M54.50)", "Sprain of right ankle")}
Subjective: Patient reports {pick("stiffness in the morning", "pain with prolonged sitting", "difficulty lifting a grocery bag")}. Pain {rng.randint(2, 8)}/10.
Objective: Cervical rotation {rng.randint(40, 80)} degrees. {pick("Muscle spasm in the paraspinal muscles.", "Gait antalgic.", "Strength 4/5 hip abductors.")}
Treatment: {pick("Therapeutic exercise, manual therapy, moist heat.", "Spinal manipulation, electrical stimulation.", "Gait training, balance exercises.")}
Assessment: {pick("Tolerated treatment well.", "Slow progress toward goals.", "Improving range of motion.")}
Plan: Continue {rng.randint(2, 3)}x/week for {rng.randint(3, 8)} weeks.
"""

def operative_report():
    p, dr = person(), person()
    return f"""{rng.choice(HOSPITALS)}
{pick("OPERATIVE REPORT", "OPERATIVE NOTE", "Operative Report")}
Patient: {p}    Date of Surgery: {date()}
Surgeon: {dr}, MD    Anesthesia: {pick("General", "Regional block with sedation")}
Preoperative Diagnosis: {pick("Right distal radius fracture", "Torn medial meniscus, left knee", "L5-S1 disc herniation")}
Postoperative Diagnosis: Same
Procedure: {pick("Open reduction and internal fixation", "Arthroscopic partial meniscectomy", "Microdiscectomy")}
Findings: {pick("Comminuted fracture with dorsal angulation.", "Complex tear of the posterior horn.", "Large extruded fragment compressing the S1 nerve root.")}
Description: The patient was brought to the operating room and placed supine. After induction of anesthesia the extremity was prepped and draped in sterile fashion. {pick("A volar approach was used and a plate was applied.", "Standard portals were established.", "A midline incision was made.")}
Estimated blood loss: {rng.randint(10, 150)} mL. Complications: None. The patient tolerated the procedure well and was taken to recovery in stable condition.
"""

def referral_letter():
    p, dr = person(), person()
    return f"""{rng.choice(HOSPITALS)}
{date()}

Dear Dr. {rng.choice(LAST)},

Thank you for referring {p} for evaluation of {pick("persistent neck pain", "lower back pain with leg numbness", "post-traumatic headaches")} following a {pick("motor vehicle collision", "fall at work")}.
On examination there was {pick("tenderness over the lower cervical paraspinals and reduced rotation", "a positive straight leg raise on the right", "no focal neurological deficit")}.
MRI showed {pick("a small disc protrusion at C5-C6", "an L4-L5 herniation", "no acute abnormality")}. My impression is {pick("cervical radiculopathy", "lumbar radiculopathy", "post-concussive syndrome")}.
I recommended {pick("an epidural steroid injection", "a course of physical therapy and naproxen", "vestibular therapy")} and will see the patient again in {rng.randint(2, 6)} weeks.

Sincerely,
{dr}, MD
{pick("Pain Management", "Orthopedic Spine Surgery", "Neurology")}
"""

def triage_note():
    p = person()
    return f"""{pick("TRIAGE NOTE", "NURSING NOTE", "Nursing Triage")}
{date()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}  {p}
Arrived via {pick("EMS", "private vehicle", "wheelchair")}. c/o {pick("neck pain", "back pain", "left arm pain")} after {pick("MVC", "fall")}.
BP {rng.randint(100, 170)}/{rng.randint(60, 100)} HR {rng.randint(60, 120)} RR {rng.randint(12, 24)} SpO2 {rng.randint(94, 100)}% Pain {rng.randint(3, 10)}/10
Allergies: {pick("NKDA", "latex")}. C-collar {pick("in place", "not applied")}. ESI level {rng.randint(2, 4)}. RN {rng.choice(FIRST)} {rng.choice(LAST)[0]}.
"""

# ---------------------------------------------------------------- Bill
def itemized_statement():
    hosp = rng.choice(HOSPITALS)
    codes = [("99284", "ED VISIT LEVEL 4"), ("72125", "CT CERVICAL SPINE W/O CONTRAST"), ("70450", "CT HEAD W/O CONTRAST"),
             ("96374", "IV PUSH SINGLE DRUG"), ("73110", "XR WRIST 3 VIEWS"), ("97110", "THERAPEUTIC EXERCISE"),
             ("85025", "CBC W/ DIFF"), ("80048", "BASIC METABOLIC PANEL"), ("J1885", "KETOROLAC INJ")]
    lines = []
    total = 0.0
    for code, desc in rng.sample(codes, rng.randint(3, 7)):
        amt = rng.uniform(40, 3500)
        total += amt
        lines.append(f"{date()}  {code:<6} {desc:<32} {rng.randint(1, 3)}  {amt:>10,.2f}")
    title = pick("ITEMIZED STATEMENT", "ITEMIZED BILL", "Itemized Charges", "PATIENT STATEMENT", "")
    paid = rng.uniform(0, total * 0.6)
    return f"""{hosp}
{pick("Patient Financial Services", "Business Office", "Billing Department")}  PO Box {rng.randint(1000, 99999)}, {rng.choice(CITIES)}
{title}
Guarantor: {person()}        Account No: {rng.randint(10**7, 10**8)}
Statement Date: {date()}      Patient: {person()}

Date        Code   Description                      Qty     Charges
{chr(10).join(lines)}

Total Charges:                      ${total:,.2f}
Insurance Payments:                -${paid:,.2f}
Adjustments:                       -${rng.uniform(0, 200):,.2f}
{pick("AMOUNT DUE", "Balance Due", "PATIENT BALANCE")}:                       ${total - paid:,.2f}

{pick("Please pay within 30 days to avoid collections.", "Questions about your bill? Call Patient Financial Services.", "We accept Visa, MasterCard and checks.")}
"""

def provider_invoice():
    title = pick("INVOICE", "Invoice", "INVOICE / STATEMENT", "")
    rows = "\n".join(f"  {desc:<36} ${money(60, 600)}" for desc in rng.sample(
        ["Office visit, established patient", "Spinal manipulation 3-4 regions", "Electrical stimulation", "Therapeutic exercise (15 min)",
         "Massage therapy (15 min)", "Hot/cold pack", "Narrative report preparation", "Copies of medical records"], rng.randint(2, 5)))
    return f"""{rng.choice(HOSPITALS)}
{title}  #{rng.randint(1000, 99999)}
Date: {date()}
Bill To: {pick(person(), rng.choice(FIRMS))}
{maybe(0.6, "Re: " + person() + ", date of loss " + date())}

Services:
{rows}

{pick("Subtotal", "Total")}: ${money(300, 3000)}
{pick("Amount Due", "Balance Due", "Total Due")}: ${money(300, 3000)}
{pick("Remit to: Billing Dept., PO Box " + str(rng.randint(100, 9999)), "Payment is due upon receipt.", "Make checks payable to the clinic.")}
Tax ID: {rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}
"""

def eob():
    ins = rng.choice(INSURERS)
    return f"""{ins}
{pick("EXPLANATION OF BENEFITS", "Explanation of Benefits", "Claim Summary")}
{pick("THIS IS NOT A BILL", "This is not a bill.", "")}
Member: {person()}   Member ID: XK{rng.randint(100000, 999999)}   Claim Number: {rng.randint(10**9, 10**10)}
Provider: {rng.choice(HOSPITALS)}    Date of Service: {date()}

Service            Billed     Allowed    Plan Paid   Deductible  Coinsurance  You Owe
{pick("Office visit", "Emergency room", "MRI lumbar", "Physical therapy")}       {money(100, 3000)}   {money(50, 900)}   {money(40, 700)}    {money(0, 300)}      {money(0, 200)}     {money(0, 400)}
{pick("Lab work", "X-ray", "Injection", "Supplies")}           {money(30, 500)}     {money(20, 200)}    {money(10, 150)}     0.00        {money(0, 50)}     {money(0, 90)}

Patient responsibility: ${money(20, 700)}
{pick("Remark code PR-1: deductible amount.", "Charges over the allowed amount are not your responsibility.", "Contractual adjustment applied.")}
"""

def pharmacy_receipt():
    return f"""{pick("Corner Apothecary", "HealthMart Pharmacy #" + str(rng.randint(10, 999)), "Valley Drug")}
{rng.randint(100, 9999)} {pick("Main St", "Oak Ave", "Route 9")}, {rng.choice(CITIES)}
{pick("RECEIPT", "Customer Receipt", "")}
{date()}  Rx #{rng.randint(100000, 999999)}
{pick("Cyclobenzaprine 10mg #30", "Naproxen 500mg #60", "Ibuprofen 800mg #90")}   ${money(5, 80)}
Insurance paid: ${money(5, 60)}   Copay: ${money(5, 25)}
Total: ${money(5, 40)}   Paid: {pick("VISA ****" + str(rng.randint(1000, 9999)), "CASH", "MASTERCARD")}
"""

def ambulance_bill():
    return f"""{pick("Metro EMS Billing", "County Fire Rescue - Ambulance Billing", "LifeLine Ambulance Services")}
{pick("STATEMENT OF ACCOUNT", "Ambulance Invoice", "BILLING STATEMENT")}
Incident date: {date()}   Run #: {rng.randint(10000, 99999)}   Account: {rng.randint(10**5, 10**6)}
Patient: {person()}

A0427 ALS1 Emergency transport          ${money(900, 1800)}
A0425 Ground mileage x {rng.randint(3, 25)}              ${money(100, 500)}
A0398 ALS routine disposable supplies   ${money(50, 200)}

Payments/Adjustments                   -${money(0, 800)}
Balance Due                             ${money(200, 2000)}
{pick("Pay online or mail the coupon below with your payment.", "If you have insurance, please call us with your policy information.")}
---- detach and return with payment ----
Amount Enclosed $________   Account {rng.randint(10**5, 10**6)}
"""

def collection_notice():
    return f"""{pick("Accounts Recovery Bureau", "Summit Collection Services", rng.choice(HOSPITALS))}
{pick("PAST DUE NOTICE", "FINAL NOTICE", "Second Notice")}
{date()}
{person()}
{rng.randint(10, 9999)} {pick("Birch Ln", "Harbor Rd", "Elm Ct")}
{rng.choice(CITIES)}, {rng.choice(STATES)}

Original creditor: {rng.choice(HOSPITALS)}
Account number: {rng.randint(10**6, 10**7)}
Balance owed: ${money(150, 5000)}

Our records show your account is past due. Please pay the outstanding balance or contact us to arrange a payment plan.
{pick("Financial assistance may be available.", "This communication is from a debt collector.", "")}
"""

def short_balance():
    return f"""{rng.choice(HOSPITALS)}
Account {rng.randint(10**5, 10**6)}  {date()}
Previous balance ${money()}  Payment received -${money(10, 300)}  Insurance adj -${money(10, 300)}
{pick("PLEASE PAY", "Pay This Amount", "Amount due")} ${money()}   Due date {date()}
"""

def ledger():
    lines = "\n".join(f"{date()}  {pick('Charge', 'Payment - Cobalt Mutual', 'Adj - contractual', 'Patient payment', 'Charge')}  {pick('97110', '97140', '99213', '98941', '')}  {money(10, 400)}" for _ in range(rng.randint(5, 12)))
    return f"""{pick("Account ledger", "Patient ledger", "Transaction history")} - {rng.choice(HOSPITALS)}
{person()}
{lines}
Current balance: {money(50, 3000)}
"""

def claim_form():
    return f"""{pick("HEALTH INSURANCE CLAIM FORM", "HCFA claim", "Claim for payment")}
1. Insured ID {rng.randint(10**8, 10**9)}   2. Patient name {person()}   3. DOB {date(rng.randint(1950, 2000))}
10. Is condition related to: Employment NO  Auto accident YES  State {rng.choice(STATES)[:2].upper()}
21. Diagnosis  A. S13.4XXA  B. M54.2
24. DOS        CPT/HCPCS  Modifier  Dx ptr  Charges   Units  NPI
    {date()}  99203      25        A       {money(100, 300)}    1      {rng.randint(10**9, 10**10)}
    {date()}  97140      GP        AB      {money(50, 120)}     2      {rng.randint(10**9, 10**10)}
28. Total charge ${money(200, 600)}   29. Amount paid $0.00
33. Billing provider {rng.choice(HOSPITALS)}
"""

# ---------------------------------------------------------------- Pleading
def caption(style=None):
    st, co = rng.choice(STATES), rng.choice(COUNTIES)
    p, d = person(), pick(person(), f"{pick('Greenline', 'Apex', 'Harvest', 'Blue Heron')} {pick('Logistics, Inc.', 'Markets LLC', 'Transit Co.', 'Property Management, LLC')}")
    style = style or rng.choice(["circuit", "superior", "district", "federal", "ny", "pleas"])
    court = {
        "circuit": f"IN THE CIRCUIT COURT OF THE {rng.randint(1, 20)}TH JUDICIAL CIRCUIT\nIN AND FOR {co.upper()} COUNTY, {st.upper()}",
        "superior": f"IN THE SUPERIOR COURT OF {co.upper()} COUNTY\nSTATE OF {st.upper()}",
        "district": f"IN THE DISTRICT COURT OF {co.upper()} COUNTY, {st.upper()}\n{rng.randint(1, 400)}TH JUDICIAL DISTRICT",
        "federal": f"UNITED STATES DISTRICT COURT\n{pick('NORTHERN', 'SOUTHERN', 'MIDDLE', 'EASTERN')} DISTRICT OF {st.upper()}",
        "ny": f"SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF {pick('KINGS', 'QUEENS', 'BRONX', 'ERIE')}",
        "pleas": f"IN THE COURT OF COMMON PLEAS\n{co.upper()} COUNTY, {st.upper()}",
    }[style]
    number = pick(f"Case No.: {rng.randint(2021, 2024)}-CA-{rng.randint(1000, 99999)}", f"CIVIL ACTION NO. {rng.randint(1, 9)}:{rng.randint(21, 24)}-cv-{rng.randint(100, 9999)}",
                  f"Index No. {rng.randint(100000, 999999)}/{rng.randint(2021, 2024)}", f"Cause No. {rng.randint(10000, 99999)}")
    return p, d, f"""{court}

{p.upper()},
        Plaintiff,
v.                                   {number}
{d.upper()},
        Defendant.
_______________________________________/
"""

def signature():
    return f"""
Respectfully submitted,
/s/ {person()}
{person()}, Esq.
{pick("Florida", "State", "Texas")} Bar No. {rng.randint(100000, 999999)}
{rng.choice(FIRMS)}
{pick("Attorney for Plaintiff", "Attorneys for Defendant", "Counsel for Plaintiff")}
"""

def complaint(with_exhibit=False):
    p, d, cap = caption()
    body = f"""{cap}
{pick("COMPLAINT AND DEMAND FOR JURY TRIAL", "COMPLAINT FOR DAMAGES", "VERIFIED COMPLAINT", "PLAINTIFF'S ORIGINAL PETITION")}

Plaintiff, {p}, by and through undersigned counsel, sues Defendant, {d}, and alleges:

JURISDICTION AND VENUE
1. This is an action for damages that exceed {pick("fifty thousand dollars", "the minimum jurisdictional limits of this Court")}, exclusive of interest, costs and attorney's fees.
2. Venue is proper because the cause of action accrued in this county.

GENERAL ALLEGATIONS
3. On {date()}, Plaintiff was {pick("a lawful invitee on Defendant's premises", "operating a vehicle lawfully stopped at a red light", "a pedestrian in a marked crosswalk")}.
4. Defendant {pick("negligently failed to maintain the floor free of liquids", "negligently struck the rear of Plaintiff's vehicle", "failed to yield the right of way")}.

COUNT I - NEGLIGENCE
5. Defendant owed Plaintiff a duty of reasonable care.
6. Defendant breached that duty, and as a direct and proximate result Plaintiff suffered bodily injury, pain and suffering, medical expenses, and loss of earnings.

WHEREFORE, Plaintiff demands judgment against Defendant for damages, costs, and such other relief as the Court deems just.

DEMAND FOR JURY TRIAL
Plaintiff demands trial by jury on all issues so triable.
{signature()}"""
    if with_exhibit:
        body += f"""

EXHIBIT "A"

{rng.choice(HOSPITALS)}
ITEMIZED STATEMENT
Date of service {date()}
99284  ED visit level 4        $1,{rng.randint(100, 999)}.00
72125  CT cervical spine       $2,{rng.randint(100, 999)}.00
Balance due                    ${money(1000, 4000)}
"""
    return body

def answer():
    p, d, cap = caption()
    return f"""{cap}
{pick("DEFENDANT'S ANSWER AND AFFIRMATIVE DEFENSES", "ANSWER AND AFFIRMATIVE DEFENSES", "ANSWER TO COMPLAINT")}

Defendant, {d}, by and through its undersigned attorneys, files its Answer to Plaintiff's Complaint and states:
1. Admitted for jurisdictional purposes only.
2. Without knowledge, therefore denied.
3. Denied, and strict proof thereof is demanded.

AFFIRMATIVE DEFENSES
First Affirmative Defense - Comparative Negligence: Plaintiff's own negligence caused or contributed to the alleged injuries.
Second Affirmative Defense - Pre-existing conditions: the damages claimed, if any, pre-date the incident.
{maybe(0.5, "Third Affirmative Defense - Setoff for collateral sources paid.")}

WHEREFORE, Defendant requests that Plaintiff take nothing and that Defendant be awarded its costs.
{signature()}
CERTIFICATE OF SERVICE
I HEREBY CERTIFY that a true copy was served via the e-filing portal on {date()} to all counsel of record.
"""

def motion():
    p, d, cap = caption()
    kind = pick("MOTION TO COMPEL DISCOVERY", "MOTION FOR SUMMARY JUDGMENT", "MOTION TO DISMISS", "MOTION FOR PROTECTIVE ORDER", "MOTION IN LIMINE")
    return f"""{cap}
{pick("PLAINTIFF'S", "DEFENDANT'S")} {kind}{maybe(0.4, " AND INCORPORATED MEMORANDUM OF LAW")}

COMES NOW the {pick("Plaintiff", "Defendant")}, by counsel, pursuant to {pick("Rule 1.380", "Fed. R. Civ. P. 56", "Rule 12(b)(6)", "Rule 26(c)")}, and moves this Honorable Court as follows:
1. {pick("Interrogatories and requests for production were served on " + date() + " and no responses have been received.", "There is no genuine issue of material fact regarding liability.", "The complaint fails to state a cause of action.")}
2. {pick("Counsel conferred in good faith but could not resolve the dispute.", "The record shows the hazard was open and obvious.", "The claims are barred by the statute of limitations.")}
WHEREFORE, movant respectfully requests that the Court grant this motion{pick(", award fees and costs", "", " and enter judgment")}.
{signature()}
{maybe(0.7, "CERTIFICATE OF SERVICE" + chr(10) + "I certify that a copy was furnished by e-mail to counsel of record on " + date() + ".")}
"""

def summons():
    p, d, cap = caption(pick("circuit", "superior", "district"))
    return f"""{cap}
{pick("SUMMONS", "CIVIL SUMMONS", "SUMMONS IN A CIVIL ACTION")}
THE STATE OF {rng.choice(STATES).upper()}:
To Each Sheriff of the State: YOU ARE COMMANDED to serve this summons and a copy of the complaint in this lawsuit on defendant {d}.
Each defendant is required to serve written defenses to the complaint on plaintiff's attorney within {pick("20", "21", "30")} days after service of this summons, exclusive of the day of service, and to file the original with the clerk of this court.
If a defendant fails to do so, a default will be entered against that defendant for the relief demanded in the complaint.
Dated: {date()}            CLERK OF THE CIRCUIT COURT   By: ______ Deputy Clerk
"""

def notice():
    p, d, cap = caption()
    kind = pick("NOTICE OF TAKING DEPOSITION", "NOTICE OF HEARING", "NOTICE OF APPEARANCE", "RE-NOTICE OF DEPOSITION DUCES TECUM")
    return f"""{cap}
{kind}
PLEASE TAKE NOTICE that the undersigned will {pick("take the deposition of " + person() + ", M.D.", "call up for hearing the pending motion", "appear as counsel for Defendant")} on {date()} at {rng.randint(9, 16)}:00 {pick("before a court reporter", "before the Honorable " + person(), "via Zoom")}.
{maybe(0.6, "The deponent shall bring all medical records, billing and films relating to the Plaintiff.")}
{signature()}
"""

def interrogatories():
    p, d, cap = caption()
    qs = "\n".join(f"{i + 1}. {q}" for i, q in enumerate(rng.sample([
        "State your full name, address and date of birth.", "Describe in detail how the incident occurred.",
        "List each health care provider who treated you for injuries you attribute to the incident.",
        "Itemize all damages you claim, including medical expenses and lost wages.",
        "Identify every person known to you who witnessed the incident.",
        "State whether you had any prior injury to the same part of your body."], rng.randint(3, 6))))
    return f"""{cap}
{pick("PLAINTIFF'S FIRST SET OF INTERROGATORIES TO DEFENDANT", "DEFENDANT'S INTERROGATORIES TO PLAINTIFF", "FIRST REQUEST FOR PRODUCTION")}
Pursuant to the Rules of Civil Procedure, answer the following under oath within thirty days of service.
{qs}
{signature()}
"""

def order():
    p, d, cap = caption()
    return f"""{cap}
{pick("ORDER GRANTING", "ORDER DENYING", "AGREED ORDER ON")} {pick("DEFENDANT'S MOTION TO COMPEL", "PLAINTIFF'S MOTION FOR EXTENSION OF TIME", "MOTION FOR SUMMARY JUDGMENT")}
THIS CAUSE came before the Court on {date()}, and the Court, having reviewed the file and heard argument of counsel, it is
ORDERED AND ADJUDGED that the motion is {pick("GRANTED", "DENIED", "GRANTED in part")}. {pick("Responses shall be served within 10 days.", "The trial period is continued.", "")}
DONE AND ORDERED in Chambers on {date()}.
______________________
CIRCUIT JUDGE
Copies furnished to: counsel of record
"""

def stipulation():
    p, d, cap = caption()
    return f"""{cap}
{pick("JOINT STIPULATION OF DISMISSAL WITH PREJUDICE", "STIPULATION FOR SUBSTITUTION OF COUNSEL", "STIPULATED PROTECTIVE ORDER")}
The parties, through their respective counsel, stipulate that this action {pick("is dismissed with prejudice, each party to bear its own fees and costs", "shall proceed with substituted counsel", "involves confidential medical information to be protected")}.
Dated {date()}
/s/ {person()}, Esq., Attorney for Plaintiff
/s/ {person()}, Esq., Attorney for Defendant
"""

def captioned_affidavit():
    p, d, cap = caption()
    return f"""{cap}
{pick("AFFIDAVIT OF SERVICE", "AFFIDAVIT OF NON-SERVICE", "AFFIDAVIT IN SUPPORT OF MOTION FOR DEFAULT")}
STATE OF {rng.choice(STATES).upper()}
COUNTY OF {rng.choice(COUNTIES).upper()}
BEFORE ME personally appeared {person()}, who being duly sworn deposes and says:
1. I am over eighteen years of age and not a party to this action.
2. On {date()} I {pick("served the summons and complaint on the defendant", "attempted service at the address provided", "reviewed the court file")}.
Sworn to and subscribed before me on {date()}.
Notary Public, State of {rng.choice(STATES)}   My commission expires {date(2027)}
"""

# ---------------------------------------------------------------- Documentary Evidence
def police_report():
    return f"""{pick(rng.choice(CITIES) + " Police Department", rng.choice(COUNTIES) + " County Sheriff's Office", "State Highway Patrol")}
{pick("TRAFFIC CRASH REPORT", "POLICE REPORT", "Crash Report", "OFFENSE / INCIDENT REPORT", "Accident Report")}
Report Number: {rng.randint(2021, 2024)}-{rng.randint(10000, 99999)}    Date/Time: {date()} {rng.randint(0, 23):02d}{rng.randint(0, 59):02d}
Location: {pick("Intersection of Hale Ave and 3rd St", "I-" + str(rng.randint(4, 95)) + " northbound near mile marker " + str(rng.randint(1, 200)), "Parking lot, 400 block of Market St")}
Weather: {pick("Clear", "Rain", "Cloudy")}   Road surface: {pick("Dry", "Wet")}   Light: {pick("Daylight", "Dark - lighted")}

Unit 1: {rng.randint(2008, 2023)} {pick("Toyota Camry", "Ford F-150", "Honda Civic", "Freightliner tractor")}  Driver: {person()}
Unit 2: {rng.randint(2008, 2023)} {pick("Nissan Altima", "Chevy Malibu", "Subaru Outback")}  Driver: {person()}

NARRATIVE:
{pick("Unit 1 was traveling southbound and failed to stop for the red signal, striking Unit 2 in the intersection.", "Unit 2 was stopped in traffic when Unit 1 struck it from behind.", "Unit 1 changed lanes and sideswiped Unit 2.")}
Driver of Unit 2 complained of neck pain and was transported by EMS. {pick("Driver of Unit 1 was cited for failure to yield.", "Witness " + person() + " stated Unit 1 ran the light.", "Airbags deployed in Unit 2.")}
Reporting Officer: {pick("Ofc.", "Dep.", "Tpr.")} {rng.choice(LAST)}  Badge #{rng.randint(100, 9999)}
"""

def incident_report():
    return f"""{pick("Harvest Markets", "Blue Heron Property Management", "Greenline Logistics")} - Store #{rng.randint(10, 999)}
{pick("INCIDENT REPORT", "Customer Incident Report", "Accident/Incident Report Form", "")}
Date of incident: {date()}   Time: {rng.randint(8, 21)}:{rng.randint(0, 59):02d}
Person involved: {person()} ({pick("customer", "employee", "visitor")})
Location: {pick("Aisle 7 near the dairy cooler", "Front entrance", "Loading dock ramp", "Parking garage stairwell")}
Description: {pick("Customer slipped on clear liquid on the floor and fell on her left side.", "Employee tripped over a pallet left in the walkway.", "Visitor fell on the wet stairs; no warning sign was posted.")}
Witnesses: {person()}, {pick("cashier", "stock associate", "shopper")}
Action taken: {pick("Manager on duty responded and offered ice; customer declined ambulance.", "Area was cleaned and a wet floor sign placed.", "EMS called.")}
Photos taken: {pick("Yes", "No")}    Video footage preserved: {pick("Yes", "No", "Requested")}
Completed by: {person()}, {pick("Store Manager", "Shift Supervisor")}
"""

def witness_statement():
    w = person()
    return f"""{pick("WITNESS STATEMENT", "Statement of Witness", "Witness Statement", "")}
Name: {w}    Phone: ({rng.randint(200, 999)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}
Date of statement: {date()}

{pick("I was standing at the bus stop", "I was driving behind the white truck", "I was working the register")} when I saw {pick("the truck go through the red light and hit the small car", "a woman slip and fall near the cooler", "the car back out without looking")}.
{pick("The light had been red for a few seconds.", "There was water on the floor and no sign.", "It was raining hard.")} {pick("I went over to help and called 911.", "She said her back hurt.", "The driver got out and said he didn't see her.")}
I am giving this statement voluntarily and it is true to the best of my knowledge.
Signature: ______________  {w}
"""

def witness_affidavit():
    return f"""{pick("AFFIDAVIT", "AFFIDAVIT OF " + person().upper(), "Affidavit of Witness")}
STATE OF {rng.choice(STATES).upper()}
COUNTY OF {rng.choice(COUNTIES).upper()}
Before me, the undersigned authority, personally appeared {person()}, who being first duly sworn, deposes and says:
1. I have personal knowledge of the facts stated here.
2. On {date()} I was {pick("a passenger in the second vehicle", "shopping in the store", "walking my dog on Elm Street")} and saw {pick("the collision", "the fall", "the dog attack")}.
3. {pick("The other driver was looking at his phone.", "There was no wet floor sign.", "The gate was left open.")}
Further affiant sayeth naught.
_________________ Affiant
Sworn to and subscribed before me on {date()}. Notary Public. My commission expires {date(2026)}.
"""

def photo_log():
    rows = "\n".join(f"Photo {i + 1}: {pick('Rear bumper of Unit 2 showing crush damage', 'Skid marks approaching the intersection', 'Wet floor near aisle 7, no cone', 'Bruising on left forearm taken 2 days after incident', 'Stairwell handrail detached', 'Traffic signal facing northbound lane')}. Taken {date()} by {person()}." for i in range(rng.randint(3, 8)))
    return f"""{pick("PHOTOGRAPH LOG", "PHOTO LOG", "Photographs", "Index of Photographs")}
{maybe(0.5, "Exhibit " + pick("B", "C", "D", "12"))}
Matter: {rng.choice(LAST)} incident of {date()}
Camera: {pick("iPhone 13", "Canon EOS", "Body-worn camera still")}
{rows}
"""

def email_chain():
    a, b = person(), person()
    return f"""From: {a} <{a.split()[0].lower()}@{pick('example.com', 'mailhost.test', 'greenline.example')}>
Sent: {pick("Monday", "Tuesday", "Thursday")}, {date()} {rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM
To: {b} <{b.split()[0].lower()}@example.org>
{maybe(0.5, "Cc: " + person())}
Subject: {pick("RE: spill in aisle 7", "Fwd: incident on the loading dock", "truck maintenance", "schedule for Friday")}

{pick("Hi", "Hello", b.split()[0] + ",")}
{pick("The freezer in aisle 7 has been leaking again. I told maintenance twice last week and nobody came.", "The brakes on truck 14 were flagged at inspection but it went out on the route anyway.", "Just confirming that the mat at the front entrance was removed for cleaning on Friday.")}
{pick("Can we get someone out before the weekend?", "Please make sure this is documented.", "Let me know if you need anything else.")}

Thanks,
{a.split()[0]}
{maybe(0.5, "-----Original Message-----" + chr(10) + "From: " + b + chr(10) + "Subject: spill" + chr(10) + "Is the cooler fixed yet?")}
"""

def wage_letter():
    return f"""{pick("Greenline Logistics, Inc.", "Apex Markets LLC", "Blue Heron Property Management")}
Human Resources
{date()}

{pick("To Whom It May Concern:", "Re: Employment and wage verification", "Dear Counsel:")}

This letter verifies that {person()} has been employed with our company as a {pick("delivery driver", "warehouse associate", "cashier")} since {date(rng.randint(2012, 2021))}.
{pick("Regular hours are 40 per week at $" + str(rng.randint(15, 32)) + ".00 per hour.", "Average weekly earnings were $" + money(500, 1400) + ".")}
According to our payroll records the employee was absent from work from {date()} through {date()} and was {pick("not paid for that time", "paid sick leave for three days only")}.

Sincerely,
{person()}, {pick("HR Manager", "Payroll Supervisor")}
"""

def text_messages():
    a = rng.choice(FIRST)
    msgs = "\n".join(f"[{date()} {rng.randint(1, 12)}:{rng.randint(0, 59):02d}] {pick(a, 'Me')}: {m}" for m in rng.sample([
        "did u see the floor by the freezer", "yeah its been leaking for days", "someone is gonna fall", "manager said leave it",
        "i'm at the ER now my back is killing me", "the other guy was texting when he hit me", "can you send me the pics",
        "sending now", "he admitted he didn't see the light"], rng.randint(4, 7)))
    return f"""{pick("TEXT MESSAGES", "Text message transcript", "Screenshot transcription - SMS")}
{maybe(0.6, "Exported from phone of " + person())}
{msgs}
"""

def declaration():
    return f"""{pick("DECLARATION OF " + person().upper(), "Declaration", "SWORN STATEMENT")}
I, {person()}, declare:
1. I am the {pick("records custodian", "property manager", "neighbor of the Plaintiff")} and have personal knowledge of the following facts.
2. {pick("The maintenance log for the stairwell shows no inspection between March and June.", "I saw the Plaintiff before the incident and she walked without difficulty.", "The surveillance video was preserved on the date of the incident.")}
3. {pick("A true and correct copy of the log is attached.", "After the incident she used a cane.", "The footage shows the fall at 14:32.")}
I declare under penalty of perjury that the foregoing is true and correct. Executed on {date()} at {rng.choice(CITIES)}.
_____________________
"""

def repair_estimate():
    return f"""{pick("Precision Collision Center", "AutoBody Express", "Ridgeway Paint & Body")}
{pick("REPAIR ESTIMATE", "Estimate of Record", "Property Damage Appraisal")}
Owner: {person()}    Vehicle: {rng.randint(2010, 2023)} {pick("Honda Civic", "Subaru Outback", "Nissan Altima")}   VIN ending {rng.randint(1000, 9999)}
Point of impact: {pick("rear", "front left", "right side")}   Date of loss: {date()}
Rear bumper cover - replace            {money(300, 900)}
Rear body panel - repair 3.5 hrs       {money(150, 400)}
Paint and materials                    {money(200, 600)}
Total estimate                        ${money(800, 4000)}
Photos of damage attached. Appraiser: {person()}
"""

def dispatch_log():
    rows = "\n".join(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}  {m}" for m in [
        "CALL RECEIVED 911 - MVC WITH INJURIES", "UNIT M{} DISPATCHED".format(rng.randint(1, 30)), "ENGINE {} EN ROUTE".format(rng.randint(1, 20)),
        "ON SCENE - 2 VEHICLES, 1 PT C/O NECK PAIN", "PT TRANSPORTED", "UNIT CLEAR"][:rng.randint(4, 6)])
    return f"""{pick("CAD INCIDENT DETAIL", "Dispatch Log", "911 CALL LOG")}
{rng.choice(COUNTIES)} County Emergency Communications   Incident #{rng.randint(10**6, 10**7)}
Location: {pick("Hale Ave / 3rd St", "Market St parking lot", "I-75 NB")}
{rows}
"""


# ---------------------------------------------------------------- hard cases: fragments, heavy noise, plain prose
def fragment(generate):
    """A later page of a longer document: the heading region is gone, only the middle remains."""
    lines = generate().splitlines()
    cut = max(1, len(lines) // 3)
    return "\n".join(lines[cut:])

def noisy(generate):
    return ocr_noise(generate(), rate=0.08)

def medical_prose():
    return f"""{person()} was seen today. She says the neck still hurts when she turns to check her blind spot and she has been waking up at night.
I looked at the films from last month again with her. We talked about trying injections if the exercises don't help, and I wrote for a muscle relaxer at night.
She'll come back in a month, sooner if the arm starts going numb again. {pick("Off work until then.", "Light duty is fine.")}"""

def bill_prose():
    return f"""Thank you for choosing {rng.choice(HOSPITALS)}.
For the visit on {date()} we received ${money(50, 400)} from your insurance company. The remaining ${money(20, 300)} is your share.
You can send a check to the address on the back or call the office to set up monthly payments."""

def pleading_prose():
    return f"""Defendant's argument misreads the record. The deposition testimony shows that the store manager knew of the leak for at least two days,
and constructive notice is established where a dangerous condition existed long enough that the owner should have discovered it.
See {rng.choice(LAST)} v. {rng.choice(LAST)} Stores, Inc., {rng.randint(100, 999)} So. 3d {rng.randint(100, 999)} ({pick("Fla. 3d DCA", "Ga. Ct. App.", "Tex. App.")} {rng.randint(2005, 2022)}).
Because a genuine dispute remains as to notice, summary judgment must be denied."""

def evidence_prose():
    return f"""I got to the corner around 5:30. The pickup was already sideways in the middle of the road and the little blue car had its front end smashed in.
A guy in a gray hoodie kept saying the light was green for him but I saw it, it was red. I gave my number to the officer before I left.
- {person()}"""

GENERATORS = {
    "Medical Record": [("discharge_summary", discharge_summary, 5), ("history_physical", history_physical, 5), ("progress_note", soap_note, 5),
                       ("radiology", radiology_report, 4), ("labs", lab_report, 3), ("therapy_note", pt_eval, 3),
                       ("operative", operative_report, 2), ("referral_letter", referral_letter, 2), ("triage", triage_note, 2),
                       ("fragment", lambda: fragment(rng.choice([discharge_summary, history_physical, operative_report])), 3),
                       ("noisy", lambda: noisy(rng.choice([soap_note, radiology_report])), 2), ("prose", medical_prose, 2)],
    "Bill": [("itemized", itemized_statement, 6), ("invoice", provider_invoice, 5), ("eob", eob, 4), ("pharmacy", pharmacy_receipt, 2),
             ("ambulance", ambulance_bill, 3), ("collection", collection_notice, 2), ("balance", short_balance, 2), ("ledger", ledger, 2),
             ("claim_form", claim_form, 2),
             ("fragment", lambda: fragment(rng.choice([itemized_statement, ambulance_bill, provider_invoice])), 3),
             ("noisy", lambda: noisy(rng.choice([eob, provider_invoice])), 2), ("prose", bill_prose, 2)],
    "Pleading": [("complaint", complaint, 5), ("complaint_with_bill_exhibit", lambda: complaint(True), 2), ("answer", answer, 4),
                 ("motion", motion, 5), ("summons", summons, 2), ("notice", notice, 3), ("discovery", interrogatories, 3),
                 ("order", order, 2), ("stipulation", stipulation, 2), ("captioned_affidavit", captioned_affidavit, 2),
                 ("fragment", lambda: fragment(rng.choice([complaint, answer, motion])), 3),
                 ("noisy", lambda: noisy(rng.choice([complaint, motion])), 2), ("prose", pleading_prose, 2)],
    "Documentary Evidence": [("police_report", police_report, 5), ("incident_report", incident_report, 4), ("witness_statement", witness_statement, 4),
                             ("affidavit", witness_affidavit, 3), ("photo_log", photo_log, 3), ("email", email_chain, 4), ("wage_letter", wage_letter, 2),
                             ("texts", text_messages, 2), ("declaration", declaration, 2), ("repair_estimate", repair_estimate, 1),
                             ("dispatch_log", dispatch_log, 1),
                             ("fragment", lambda: fragment(rng.choice([police_report, incident_report, witness_affidavit])), 3),
                             ("noisy", lambda: noisy(rng.choice([police_report, witness_statement])), 2), ("prose", evidence_prose, 2)],
}

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for category, generators in GENERATORS.items():
        folder = os.path.join(here, category)
        if os.path.isdir(folder):
            for name in os.listdir(folder):
                if name.endswith(".txt") and not name.startswith("pdf_"):
                    os.remove(os.path.join(folder, name))
        os.makedirs(folder, exist_ok=True)
        n = 0
        for name, generate, count in generators:
            for _ in range(count):
                n += 1
                text = generate()
                text = "\n".join(line.rstrip() for line in text.strip().splitlines() if line.strip() or rng.random() < 0.9) + "\n"
                if rng.random() < 0.2:
                    text = ocr_noise(text)
                with open(os.path.join(folder, f"{n:03d}_{name}.txt"), "w", encoding="utf-8") as f:
                    f.write(text)
        print(f"{category}: {n}")

if __name__ == "__main__":
    main()
