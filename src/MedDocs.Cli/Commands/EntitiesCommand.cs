using System.CommandLine;
using MedDocs.Core.Clinical;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs entities`: medical entities with their offsets in each transcript (Get-MedicalEntity's twin).</summary>
public static class EntitiesCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var clinical = new ClinicalCli();
        var command = new Command("entities", "Extract diagnoses, medications, procedures, symptoms, vital signs and allergies, with where each is mentioned.");
        clinical.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            clinical.RunAsync<MedicalEntityOperation, IReadOnlyList<MedicalEntityRecord>>(CliContext.From(parse, globals), ClinicalFactory.CreateMedicalEntityAsync,
                request => request, entities => entities, cancellationToken));
        return command;
    }
}
