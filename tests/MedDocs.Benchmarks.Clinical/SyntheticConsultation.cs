using System.Globalization;
using System.Text;

namespace MedDocs.Benchmarks.Clinical;

/// <summary>A realistic, invented follow-up consultation (type 2 diabetes, hypertension, knee pain), grown to any length.</summary>
internal static class SyntheticConsultation
{
    private const string Opening =
        "Doctor: Good afternoon, Mrs. Okonkwo-Lindqvist. I have your chart here, MRN: 77310482, date of birth 09/02/1958. What brings you in today?\n" +
        "Patient: Mostly my sugars. They've been higher in the mornings, and my right knee has been bothering me again.\n";

    private static readonly string[] Exchanges =
    [
        "Doctor: What have your fasting readings been this {0}?\nPatient: Between 150 and 180 most mornings, once 212 after a birthday dinner.\n",
        "Doctor: Are you still taking the metformin 1000 mg twice a day with meals?\nPatient: Yes, though I sometimes forget the evening one when I work late.\n",
        "Doctor: Any stomach upset, diarrhoea or nausea with the metformin?\nPatient: A bit of bloating at first, but that settled after a few weeks.\n",
        "Doctor: And the lisinopril 20 mg once daily for your blood pressure?\nPatient: Every morning. The home cuff says around 138 over 86.\n",
        "Doctor: Any dizziness when you stand up, or a dry cough?\nPatient: No dizziness. A tickly cough now and then, but I had a cold in {0}.\n",
        "Doctor: Tell me about the knee.\nPatient: The right one swells after I've been on my feet, aches on the inside, and it's stiff for about twenty minutes in the morning.\n",
        "Doctor: Does it ever lock or give way?\nPatient: It gave way once on the stairs last {0}, but I didn't fall.\n",
        "Doctor: What do you take for the pain?\nPatient: Acetaminophen 500 mg, two tablets, maybe three times a week. I stopped the naproxen because of my stomach.\n",
        "Doctor: Any allergies to medicines?\nPatient: Sulfa drugs give me a rash, and codeine makes me vomit.\n",
        "Doctor: How are your feet? Any numbness, tingling or sores?\nPatient: Some tingling in both big toes at night, no sores that I've seen.\n",
        "Doctor: How's your eating been, and are you managing any exercise?\nPatient: I walk the dog twenty minutes most days when the knee lets me, and I've cut down on bread.\n",
        "Doctor: Any chest pain, shortness of breath, or swelling in the ankles?\nPatient: No chest pain. I get a bit winded on the hill, same as last {0}.\n",
        "Doctor: Your blood pressure today is 142/88, pulse 78, temperature 98.4 F, weight 186 lbs, and oxygen saturation 97 percent.\n",
        "Doctor: On examination the right knee has a small effusion, medial joint line tenderness, and crepitus on flexion; ligaments are stable.\n",
        "Doctor: Monofilament sensation is reduced at both great toes; pedal pulses are present; no ulcers.\n",
        "Doctor: Your A1c from last week is 8.1 percent, up from 7.4, and kidney function is normal with an eGFR of 78.\n",
        "Doctor: I think the diabetes is not yet at goal, the blood pressure is a little above target, and the knee fits osteoarthritis with early peripheral neuropathy in the feet.\n",
        "Doctor: I'd like to add empagliflozin 10 mg once daily, keep the metformin, and increase lisinopril to 40 mg daily.\nPatient: Will the new one make me go to the bathroom more?\n",
        "Doctor: A little at first. Drink water and watch for genital itching or burning; tell me if that happens.\n",
        "Doctor: For the knee, let's get an X-ray and start physical therapy twice a week, and you can use diclofenac gel four times a day on the knee.\n",
        "Doctor: I'll refer you to podiatry for the feet, and we'll repeat the A1c and a urine albumin in three months.\nPatient: Should I still check my sugar every morning?\n",
        "Doctor: Yes, mornings and sometimes two hours after dinner; bring the log next time. Come back sooner if the knee locks or you see any foot sores.\n",
    ];

    private static readonly string[] Months = ["January", "March", "May", "July", "September", "November"];

    /// <summary>About <paramref name="chars"/> characters of dialogue (cut at a line end).</summary>
    public static string Create(int chars)
    {
        var builder = new StringBuilder(Opening);
        for (var i = 0; builder.Length < chars; i++)
        {
            builder.Append(string.Format(CultureInfo.InvariantCulture, Exchanges[i % Exchanges.Length], Months[(i / Exchanges.Length) % Months.Length]));
        }
        var text = builder.ToString();
        var cut = text.LastIndexOf('\n', Math.Min(chars, text.Length - 1));
        return cut > chars / 2 ? text[..(cut + 1)] : text;
    }
}
