using System.Collections.Frozen;

namespace MedDocs.Core.Phi;

/// <summary>
/// Capitalised words that follow name cues ("Re:", "To:", "Patient:") but are not names: pronouns,
/// clinical and administrative vocabulary, departments, weekdays. A candidate name stops at the first of these.
/// </summary>
internal static class NameStopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "The", "This", "That", "These", "Those", "He", "She", "They", "His", "Her", "Their", "It", "We", "I", "You", "A", "An",
        "And", "Or", "Of", "In", "On", "At", "For", "With", "By", "To", "From", "As", "Is", "Was", "Be", "Has", "Had", "Not",
        "No", "Yes", "None", "Unknown", "Self", "Same", "See", "Above", "Below", "Per", "Via", "Please", "Thank", "Thanks",
        "Patient", "Patients", "Pt", "Male", "Female", "Man", "Woman", "Boy", "Girl", "Infant", "Child", "Adult", "Mother", "Father",
        "Denies", "Reports", "Presents", "Presented", "Follow", "Followup", "History", "Chief", "Complaint", "Present", "Illness",
        "Hospital", "Clinic", "Center", "Centre", "Medical", "Medicine", "Emergency", "Department", "Dept", "Internal", "Family",
        "Health", "Healthcare", "Care", "Primary", "Urgent", "Services", "Service", "Associates", "Group", "Practice", "Institute",
        "University", "College", "School", "Insurance", "Plan", "Policy", "Member", "Company", "Corporation", "Inc", "Llc",
        "Cardiology", "Radiology", "Oncology", "Neurology", "Pediatrics", "Surgery", "Surgical", "Orthopedics", "Orthopaedics",
        "Dermatology", "Psychiatry", "Urology", "Nephrology", "Gastroenterology", "Pulmonology", "Endocrinology", "Obstetrics",
        "Gynecology", "Pathology", "Anesthesia", "Anesthesiology", "Nursing", "Pharmacy", "Laboratory", "Lab", "Labs", "Imaging",
        "Discharge", "Admission", "Admit", "Admitted", "Transfer", "Consult", "Consultation", "Referral", "Evaluation", "Visit",
        "Report", "Results", "Result", "Summary", "Note", "Notes", "Progress", "Assessment", "Diagnosis", "Diagnoses", "Impression",
        "Findings", "Procedure", "Procedures", "Medication", "Medications", "Allergies", "Vitals", "Vital", "Signs", "Exam",
        "Examination", "Review", "Systems", "Plan", "Orders", "Order", "Instructions", "Prescription", "Rx", "Refill", "Refills",
        "Date", "Time", "Name", "Address", "Phone", "Fax", "Email", "MRN", "DOB", "Age", "Sex", "Gender", "Room", "Bed", "Unit",
        "Floor", "Ward", "Street", "Avenue", "Road", "County", "City", "State", "Type", "Status", "Account", "Billing", "Statement",
        "Invoice", "Claim", "Balance", "Amount", "Total", "Due", "Payment", "General", "Normal", "Abnormal", "Negative", "Positive",
        "Right", "Left", "Bilateral", "Acute", "Chronic", "Today", "Tomorrow", "Yesterday", "Tonight", "Morning", "Evening",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Chest", "Pain", "Abdominal", "Headache",
        "Fever", "Cough", "Shortness", "Breath", "Back", "Knee", "Hip", "Shoulder", "Heart", "Lung", "Blood", "Pressure",
        "Diabetes", "Hypertension", "Cancer", "Infection", "Pneumonia", "Fracture", "Injury", "Surgery", "Therapy", "Physical",
        "Occupational", "Speech", "Mental", "Behavioral", "Social", "Work", "Home", "Office", "Main", "North", "South", "East",
        "West", "New", "Old", "Final", "Preliminary", "Addendum", "Amended", "Signed", "Electronically", "Dictated", "Reviewed",
        "Attending", "Resident", "Physician", "Provider", "Doctor", "Nurse", "Practitioner", "Assistant", "Technician", "Staff",
        "Team", "Case", "Manager", "Management", "Coordinator", "Director", "Supervisor", "Representative", "Department",
        "Sir", "Madam", "Whom", "Concern", "All", "Any", "Other", "Others", "Note", "Copy", "Copies", "Chart", "File", "Record",
        "Records", "Information", "Info", "Confidential", "Attention", "Subject", "Regarding", "Re", "Cc", "Dear", "Sincerely",
        "Regards", "Respectfully", "Prior", "Authorization", "Approval", "Denial", "Appeal", "Benefits", "Coverage", "Eob",
        "Explanation", "Medicare", "Medicaid", "Blue", "Cross", "Shield", "Aetna", "Cigna", "Humana", "United", "Kaiser",
        "Tylenol", "Aspirin", "Lisinopril", "Metformin", "Insulin", "Warfarin", "Heparin", "Morphine", "Oxycodone",
        "Mg", "Ml", "Tab", "Tabs", "Daily", "Twice", "Bid", "Tid", "Qid", "Prn", "Po", "Iv", "Im", "Sq",
        "Ed", "Er", "Icu", "Or", "Pacu", "Nicu", "Ct", "Mri", "Xray", "Ekg", "Ecg", "Echo", "Ultrasound", "Cbc", "Bmp", "Cmp",
        "Covid", "Influenza", "Flu", "Hiv", "Hepatitis", "Obesity", "Asthma", "Copd", "Chf", "Cad", "Ckd", "Afib",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        // Offices of an employer or a practice ("To: Human Resources", "Client: Lakes Area Hematology").
        "Human", "Resources", "Administration", "Admissions", "Payroll", "Scheduling", "Registration", "Intake", "Accounts", "Receivable",
        "Payable", "Compliance", "Legal", "Leave", "Hematology", "Rheumatology", "Hepatology", "Infectious", "Diseases", "Geriatrics",
        "Pulmonary", "Critical", "Palliative", "Rehabilitation", "Area", "Regional", "Community", "Region",
        // Street words of other languages before a street's name ("318 Calle Mariposa").
        "Calle", "Camino", "Avenida", "Paseo", "Rue", "Rua", "Strasse", "Carrera", "Boulevard", "Blvd",
        // Prefixes written apart ("pre k", "post op", "non smoker").
        "Pre", "Post", "Non", "Anti", "Semi", "Multi", "Sub",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The same words for span lookups without allocating.</summary>
    private static readonly AsciiWordSet WordSet = new(Words);

    public static bool Contains(string word) => Words.Contains(word);

    public static bool Contains(ReadOnlySpan<char> word) => WordSet.Contains(word);
}
