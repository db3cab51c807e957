# Build SmartBMS Desktop on Windows (PowerShell), the same steps as packaging/build.sh.
#   packaging\windows\build.ps1            one-folder: dist\smartbms-desktop\smartbms-desktop.exe
#   packaging\windows\build.ps1 onefile    one-file:   dist\smartbms-desktop.exe
param([ValidateSet("onefolder", "onefile")][string]$Mode = "onefolder")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$Python = if ($env:PYTHON) { $env:PYTHON } else { ".venv\Scripts\python.exe" }
$env:SMARTBMS_ONEFILE = if ($Mode -eq "onefile") { "1" } else { "0" }
$Built = if ($Mode -eq "onefile") { "dist\smartbms-desktop.exe" } else { "dist\smartbms-desktop\smartbms-desktop.exe" }

$Version = & $Python -c "import smartbms_gui; print(smartbms_gui.__version__)"
& $Python translations\update.py --compile
if ($LASTEXITCODE) { throw "compiling translations failed" }
& $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\smartbms.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# A windowed (console=False) program has no console to print to: it writes its answer to a file.
$env:QT_QPA_PLATFORM = "offscreen"
$report = Join-Path $env:TEMP "smartbms-build-check.txt"
Remove-Item $report -ErrorAction SilentlyContinue
Start-Process -FilePath $Built -ArgumentList "--version", "--report", $report -Wait -NoNewWindow
$out = (Get-Content $report -Raw).Trim()
if ($out -ne "SmartBMS Desktop $Version") { throw "--version wrote '$out'" }
$check = Start-Process -FilePath $Built -ArgumentList "--self-check", "--report", $report -Wait -PassThru -NoNewWindow
if ($check.ExitCode) { Get-Content $report; throw "self-check failed" }
Write-Host "OK: $Built"
