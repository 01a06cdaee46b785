using MedDocs.Core.Phi;

// Temporary probe: prints findings for stdin.
var text = Console.In.ReadToEnd();
foreach (var f in new PhiRulesEngine().Find(text))
{
    Console.WriteLine($"{f.Type,-14} {f.Rule,-22} {f.Confidence:0.00} [{f.Text.Replace("\n", "\\n")}]");
}
