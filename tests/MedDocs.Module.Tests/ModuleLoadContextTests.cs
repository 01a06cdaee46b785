using System.Runtime.Loader;
using MedDocs.Infrastructure;

namespace MedDocs.Module.Tests;

public class ModuleLoadContextTests
{
    [Fact]
    public void LoadsTheCoreAndItsDependenciesInsideItsOwnContext()
    {
        // A staged module keeps MedDocs.Core and everything it needs in dependencies/.
        var folder = Directory.CreateTempSubdirectory("meddocs-alc-").FullName;
        try
        {
            foreach (var name in new[] { "MedDocs.Core.dll", "MedDocs.Pdf.dll", "OpenAI.dll", "System.ClientModel.dll" })
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, name), Path.Combine(folder, name));
            }
            var context = new ModuleLoadContext(folder);

            var core = context.LoadFromAssemblyName(new System.Reflection.AssemblyName("MedDocs.Core"));
            var openAi = context.LoadFromAssemblyName(new System.Reflection.AssemblyName("OpenAI"));

            Assert.Same(context, AssemblyLoadContext.GetLoadContext(core));
            Assert.Same(context, AssemblyLoadContext.GetLoadContext(openAi));
            Assert.NotSame(typeof(MedDocs.Core.Configuration.MedDocsSettings).Assembly, core);
            Assert.Equal(Path.Combine(folder, "MedDocs.Core.dll"), core.Location);
        }
        finally
        {
            // The context is not collectible, so the copies stay locked on Windows; best effort.
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    [Fact]
    public void LeavesUnknownAssembliesToTheDefaultContext()
    {
        var context = new ModuleLoadContext(Directory.CreateTempSubdirectory("meddocs-empty-").FullName);
        var runtime = context.LoadFromAssemblyName(typeof(object).Assembly.GetName());
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(runtime));
    }
}
