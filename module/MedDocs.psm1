# MedDocs' root module. PowerShell analyses a binary module's exported types before any code of the module
# runs, so the cmdlet assembly cannot install its own resolver in time. Instead this script loads the tiny
# MedDocs.Loader.dll, which creates MedDocs' AssemblyLoadContext and loads MedDocs.dll (and, through it,
# MedDocs.Core, OpenAI, System.Text.Json 10, …) there; PowerShell then imports the cmdlets from that assembly.
# Other modules' versions of the same libraries stay in their own contexts, before or after this import.

if (-not ('MedDocs.Loader.ModuleLoadContext' -as [type])) {
    Add-Type -LiteralPath ([System.IO.Path]::Combine($PSScriptRoot, 'bin', 'MedDocs.Loader.dll'))
}
$cmdletAssembly = [MedDocs.Loader.ModuleLoadContext]::Initialize($PSScriptRoot)

# The Core module's Import-Module, in case a profile or another module wraps the command.
$importModule = Get-Command -Name Import-Module -Module Microsoft.PowerShell.Core
$inner = & $importModule -Assembly $cmdletAssembly -PassThru

# PowerShell issue 20710: importing the same assembly again in a session (Import-Module -Force, or after
# Remove-Module) returns the cached module without putting its cmdlets into this one. Add them back.
$module = $ExecutionContext.SessionState.Module
$missing = @($inner.ExportedCmdlets.Values | Where-Object { -not $ExecutionContext.SessionState.InvokeCommand.GetCmdlet($_.Name) })
if ($missing) {
    $addExportedCmdlet = [System.Management.Automation.PSModuleInfo].GetMethod('AddExportedCmdlet', [System.Reflection.BindingFlags]'Instance, NonPublic')
    foreach ($cmdlet in $missing) { $addExportedCmdlet.Invoke($module, @(, $cmdlet.PSObject.BaseObject)) }
}
