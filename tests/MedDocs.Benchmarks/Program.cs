using MedDocs.Benchmarks;

return args.Length == 0 ? Usage() : args[0] switch
{
    "pdf" => await PdfBenchmark.RunAsync(args[1..]),
    "pdf-text" => PdfBenchmark.DumpText(args[1..]),
    "pdf-f1" => PdfBenchmark.ScoreOnly(args[1..]),
    "pdf-mem" when args.Length > 1 => PdfBenchmark.MeasureSelf(args[1]),
    "pdf-compare" => await PdfComparison.RunAsync(args[1..]),
    "pdfpig-mem" when args.Length > 1 => PdfComparison.PdfPigSelf(args[1]),
    "fuzz" => await FuzzHarness.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: MedDocs.Benchmarks pdf [--pages N] [--fixtures DIR]   speed vs pdftotext, peak memory, word-F1 over fixtures
               MedDocs.Benchmarks pdf-text FILE [PASSWORD]            print our text of a PDF (page breaks as form feeds)
               MedDocs.Benchmarks pdf-compare [--pages N]             MedDocs vs PdfPig 0.1.16 vs pdftotext: word-F1, pages/s, peak memory
               MedDocs.Benchmarks fuzz [--count N] [--seed S]         N seeded PDF/DOCX mutants through the document loader
        """);
    return 2;
}
