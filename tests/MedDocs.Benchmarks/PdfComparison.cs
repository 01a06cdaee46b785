using System.Diagnostics;
using System.Globalization;
using System.Text;
using MedDocs.Pdf;
using MedDocs.Pdf.Tests;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace MedDocs.Benchmarks;

/// <summary>
/// MedDocs.Pdf side by side with two baselines on the same files: PdfPig 0.1.16 (in process, its
/// ContentOrderTextExtractor) and poppler's pdftotext (a process per file). Word-F1 against the true text of
/// generated documents and against pdftotext over the fixture corpus, pages/s, and peak memory of each tool in a
/// child process on a 1,000-page file. A baseline that is missing is skipped with a line saying so.
/// </summary>
internal static class PdfComparison
{
    private static readonly string[] Words =
    [
        "patient", "reports", "mild", "dyspnea", "blood", "pressure", "stable", "follow-up", "medication", "dose",
        "ceftriaxone", "examination", "normal", "history", "hypertension", "diabetes", "laboratory", "results", "within", "range",
    ];

    private delegate string Extract(string path, out int pages);

    public static async Task<int> RunAsync(string[] args)
    {
        var pages = 240;
        string? fixtures = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--pages")
            {
                pages = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--fixtures")
            {
                fixtures = args[i + 1];
            }
        }

        var hasPdftotext = OnPath("pdftotext");
        if (!hasPdftotext)
        {
            Console.WriteLine("pdftotext is not on PATH: its column is skipped (install poppler-utils to measure it).");
        }

        var tools = new List<(string Name, Extract Extract)> { ("MedDocs", MedDocsText), ("PdfPig", PdfPigText) };
        if (hasPdftotext)
        {
            tools.Add(("pdftotext", PdftotextText));
        }

        var table = new List<string[]>();
        var temp = Directory.CreateTempSubdirectory("meddocs-pdf-compare-");
        try
        {
            foreach (var (label, path, truth) in await GenerateAsync(temp.FullName, pages))
            {
                Console.WriteLine($"== {label} ==");
                var row = new List<string> { label };
                foreach (var (name, extract) in tools)
                {
                    var (seconds, text, count) = Time(extract, path, warm: name != "pdftotext");
                    var f1 = WordF1.Score(text, truth);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-10} {count / seconds,7:0} pages/s   word-F1 vs source text {WordF1.Format(f1)}"));
                    row.Add(string.Create(CultureInfo.InvariantCulture, $"{count / seconds:0} pages/s, F1 {WordF1.Format(f1)}"));
                }

                table.Add([.. row]);
            }

            Console.WriteLine("== Peak memory, 1,000-page document (each tool in its own process) ==");
            var big = (await GenerateAsync(temp.FullName, 1000)).First();
            var memoryRow = new List<string> { "Peak memory, 1,000 pages" };
            foreach (var (name, _) in tools)
            {
                var peak = await PeakMemoryAsync(name, big.Path);
                Console.WriteLine($"  {name,-10} {peak}");
                memoryRow.Add(peak);
            }

            table.Add([.. memoryRow]);
        }
        finally
        {
            temp.Delete(recursive: true);
        }

        Console.WriteLine("== Word-F1 vs pdftotext over the fixture corpus ==");
        var corpus = ScoreCorpus(fixtures ?? FindFixtures());
        var corpusRow = new List<string> { "Word-F1 vs pdftotext, fixture corpus", corpus.MedDocs, corpus.PdfPig };
        if (hasPdftotext)
        {
            corpusRow.Add("(the reference)");
        }

        table.Add([.. corpusRow]);

        Console.WriteLine();
        Console.WriteLine($"| Measure | {string.Join(" | ", tools.Select(t => t.Name))} |");
        Console.WriteLine($"|---|{string.Concat(tools.Select(_ => "---|"))}");
        foreach (var row in table)
        {
            Console.WriteLine($"| {string.Join(" | ", row)} |");
        }

        return 0;
    }

    /// <summary>Child-process entry for PdfPig's peak memory: extract every page and exit.</summary>
    public static int PdfPigSelf(string path)
    {
        _ = PdfPigText(path, out _);
        return 0;
    }

    private static string MedDocsText(string path, out int pages)
    {
        using var pdf = PdfFile.Open(path);
        pages = pdf.PageCount;
        return string.Join("\n", pdf.EnumeratePages().Select(p => p.Text));
    }

    private static string PdfPigText(string path, out int pages)
    {
        using var document = PdfDocument.Open(path);
        pages = document.NumberOfPages;
        return string.Join("\n", document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
    }

    private static string PdftotextText(string path, out int pages)
    {
        var output = Path.ChangeExtension(path, ".pdftotext.txt");
        using (var process = Process.Start(new ProcessStartInfo("pdftotext", [path, output]) { UseShellExecute = false, RedirectStandardError = true })!)
        {
            process.StandardError.ReadToEnd();
            process.WaitForExit();
        }

        var text = File.ReadAllText(output);
        pages = text.Count(c => c == '\f');
        return text;
    }

    /// <summary>Libraries are timed warm (one untimed pass first: steady state, not JIT); pdftotext as a whole process.</summary>
    private static (double Seconds, string Text, int Pages) Time(Extract extract, string path, bool warm)
    {
        if (warm)
        {
            _ = extract(path, out _);
        }

        var watch = Stopwatch.StartNew();
        var text = extract(path, out var pages);
        return (watch.Elapsed.TotalSeconds, text, pages);
    }

    private static (string MedDocs, string PdfPig) ScoreCorpus(string folder)
    {
        var ours = new List<double>();
        var pig = new List<double>();
        foreach (var pdfPath in Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal))
        {
            var referencePath = Path.ChangeExtension(pdfPath, ".txt");
            if (!File.Exists(referencePath))
            {
                continue;
            }

            var reference = File.ReadAllText(referencePath);
            var name = Path.GetFileName(pdfPath);
            var password = name.Contains("userpw", StringComparison.Ordinal) ? "secret" : null;
            var a = Score(() =>
            {
                using var pdf = PdfFile.Open(pdfPath, new PdfOpenOptions { Password = password });
                return string.Join("\n", pdf.EnumeratePages().Select(p => p.Text));
            }, reference);
            var b = Score(() =>
            {
                using var document = PdfDocument.Open(pdfPath, new ParsingOptions { Password = password ?? string.Empty });
                return string.Join("\n", document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
            }, reference);
            ours.Add(a.F1);
            pig.Add(b.F1);
            Console.WriteLine($"  {name,-32} MedDocs {WordF1.Format(a.F1)}  PdfPig {WordF1.Format(b.F1)}{(b.Error is null ? "" : $" ({b.Error})")}");
        }

        var summary = (Summary(ours), Summary(pig));
        Console.WriteLine($"  average over {ours.Count} files: MedDocs {summary.Item1}, PdfPig {summary.Item2}");
        return summary;
    }

    private static (double F1, string? Error) Score(Func<string> extract, string reference)
    {
        try
        {
            return (WordF1.Score(extract(), reference), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (0, ex.GetType().Name); // a reader that cannot open the file scores 0 for it
        }
    }

    private static string Summary(List<double> scores) =>
        scores.Count == 0 ? "—" : $"{WordF1.Format(scores.Average())} average, worst {WordF1.Format(scores.Min())}, {scores.Count(s => s == 0)} unreadable";

    /// <summary>Peak resident memory of one tool reading the file in a child process (VmHWM, polled from /proc).</summary>
    private static async Task<string> PeakMemoryAsync(string tool, string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "(needs /proc)";
        }

        var psi = tool == "pdftotext" ? new ProcessStartInfo("pdftotext", [path, "/dev/null"]) : SelfCommand(tool == "MedDocs" ? "pdf-mem" : "pdfpig-mem", path);
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        var watch = Stopwatch.StartNew();
        using var child = Process.Start(psi)!;
        var drainOut = child.StandardOutput.ReadToEndAsync();
        var drainErr = child.StandardError.ReadToEndAsync();
        long peakKb = 0;
        while (!child.HasExited)
        {
            peakKb = Math.Max(peakKb, ReadHighWaterMarkKb(child.Id));
            await Task.Delay(5);
        }

        await Task.WhenAll(drainOut, drainErr);
        return string.Create(CultureInfo.InvariantCulture, $"{peakKb / 1024.0:0} MB ({watch.Elapsed.TotalSeconds:0.0} s, cold process)");
    }

    private static long ReadHighWaterMarkKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The child exited between the check and the read.
        }

        return 0;
    }

    private static ProcessStartInfo SelfCommand(string command, string path)
    {
        var self = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(self);
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            psi.ArgumentList.Add(typeof(PdfComparison).Assembly.Location);
        }

        psi.ArgumentList.Add(command);
        psi.ArgumentList.Add(path);
        return psi;
    }

    /// <summary>Documents with known text: groff -ms (gropdf) and ghostscript from the same source; a built-in writer without them.</summary>
    private static async Task<List<(string Label, string Path, string Truth)>> GenerateAsync(string folder, int pages)
    {
        var (source, truth) = Source(pages);
        var list = new List<(string, string, string)>();
        var ms = Path.Combine(folder, $"doc{pages}.ms");
        await File.WriteAllTextAsync(ms, source);
        if (OnPath("groff"))
        {
            var pdf = Path.Combine(folder, $"groff-{pages}.pdf");
            if (await RunToFileAsync("groff", ["-ms", "-Tpdf", ms], pdf))
            {
                list.Add(($"groff -Tpdf, {pages} pages", pdf, truth));
            }

            var ps = Path.Combine(folder, $"groff-{pages}.ps");
            var gsPdf = Path.Combine(folder, $"gs-{pages}.pdf");
            if (pages < 1000 && OnPath("gs") && await RunToFileAsync("groff", ["-ms", "-Tps", ms], ps)
                && await RunToFileAsync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", $"-sOutputFile={gsPdf}", ps], Path.Combine(folder, "gs.log"), expectOutput: false)
                && File.Exists(gsPdf))
            {
                list.Add(($"ghostscript pdfwrite, {pages} pages", gsPdf, truth));
            }
        }

        if (list.Count == 0)
        {
            Console.WriteLine("groff is not on PATH: using the built-in writer's documents (install groff and ghostscript for real producers).");
            var pdf = Path.Combine(folder, $"builtin-{pages}.pdf");
            await File.WriteAllBytesAsync(pdf, SimplePdfWriter.Write(pages));
            using var self = PdfFile.Open(pdf);
            list.Add(($"built-in writer, {pages} pages", pdf, string.Join("\n", self.EnumeratePages().Select(p => p.Text))));
        }

        return list;
    }

    /// <summary>The -ms source (hyphenation off, so the words on the page are the words of the source) and its plain text.</summary>
    private static (string Source, string Truth) Source(int pages)
    {
        var source = new StringBuilder(".hy 0\n.TL\nSynthetic benchmark record\n.PP\n");
        var truth = new StringBuilder("Synthetic benchmark record\n");
        var random = new Random(42);
        for (var p = 0; p < pages; p++)
        {
            source.Append(CultureInfo.InvariantCulture, $".NH\nVisit {p + 1}\n.PP\n");
            truth.Append(CultureInfo.InvariantCulture, $"{p + 1}. Visit {p + 1}\n");
            for (var w = 0; w < 400; w++)
            {
                var word = Words[random.Next(Words.Length)] + (w % 12 == 11 ? "." : "");
                source.Append(word).Append(w % 12 == 11 ? '\n' : ' ');
                truth.Append(word).Append(' ');
            }

            source.Append("\n.bp\n");
            truth.Append('\n');
        }

        return (source.ToString(), truth.ToString());
    }

    private static string FindFixtures()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "MedDocs.Pdf.Tests", "Fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Cannot find tests/MedDocs.Pdf.Tests/Fixtures; run from the repository or pass --fixtures DIR.");
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, tool)));

    private static async Task<bool> RunToFileAsync(string tool, string[] arguments, string outputPath, bool expectOutput = true)
    {
        var psi = new ProcessStartInfo(tool, arguments) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        await using (var file = File.Create(outputPath))
        {
            var drainErr = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.BaseStream.CopyToAsync(file);
            await drainErr;
        }

        await process.WaitForExitAsync();
        return process.ExitCode == 0 && (!expectOutput || new FileInfo(outputPath).Length > 0);
    }
}
