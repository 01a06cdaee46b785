using MedDocs.Benchmarks;

return args.Length == 0 ? Usage() : args[0] switch
{
    "pdf" => await PdfBenchmark.RunAsync(args[1..]),
    "pdf-text" => PdfBenchmark.DumpText(args[1..]),
    "pdf-f1" => PdfBenchmark.ScoreOnly(args[1..]),
    "pdf-mem" when args.Length > 1 => PdfBenchmark.MeasureSelf(args[1]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: MedDocs.Benchmarks pdf [--pages N] [--fixtures DIR]   speed vs pdftotext, peak memory, word-F1 over fixtures
               MedDocs.Benchmarks pdf-text FILE [PASSWORD]            print our text of a PDF (page breaks as form feeds)
        """);
    return 2;
}
