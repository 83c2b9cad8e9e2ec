# Build the one-folder MesoDesk application with PyInstaller on Windows (PowerShell 5+).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-Dist DIST_DIR] [-Python py]
#
# The twin of packaging/build.sh: builds the wheel from the checkout's tracked files, installs it
# with PyInstaller into a fresh virtual environment, makes the icons (mesodesk.ico) from
# resources\icons\mesodesk.svg and freezes the installed package with packaging\mesodesk.spec.
# Result: DIST_DIR\MesoDesk\ with mesodesk.exe (the application, no console window) and
# mesodesk-cli.exe (the command line, with output and exit codes).
param(
    [string]$Dist = "",
    [string]$Python = "py"
)
$ErrorActionPreference = "Stop"
$root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
if ($Dist -eq "") { $Dist = Join-Path $root "dist" }
New-Item -ItemType Directory -Force -Path $Dist | Out-Null
$Dist = (Resolve-Path $Dist).Path
$work = Join-Path ([System.IO.Path]::GetTempPath()) ("mesodesk-build-" + [guid]::NewGuid().ToString("N"))
New-Item -ItemType Directory -Path $work | Out-Null

function Run([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed ($LASTEXITCODE)" }
}

try {
    Write-Host "build: clean copy of the checkout"
    $src = Join-Path $work "src"
    New-Item -ItemType Directory -Path $src | Out-Null
    Push-Location $root
    try {
        foreach ($file in (git ls-files --cached)) {
            $target = Join-Path $src $file
            New-Item -ItemType Directory -Force -Path (Split-Path $target) | Out-Null
            Copy-Item -LiteralPath (Join-Path $root $file) -Destination $target
        }
    } finally { Pop-Location }

    Write-Host "build: wheel"
    Run $Python @("-m", "venv", (Join-Path $work "venv"))
    $venvPython = Join-Path $work "venv\Scripts\python.exe"
    Run $venvPython @("-m", "pip", "wheel", "-q", "--no-deps", "-w", (Join-Path $work "wheel"), $src)
    $wheel = (Get-ChildItem (Join-Path $work "wheel\mesodesk-*.whl") | Select-Object -First 1).FullName

    Write-Host "build: installing the wheel and PyInstaller into a fresh environment"
    Run $venvPython @("-m", "pip", "install", "-q", "$wheel[freeze]")

    Write-Host "build: icons"
    $env:QT_QPA_PLATFORM = "offscreen"
    Run $venvPython @((Join-Path $root "packaging\make_icons.py"), (Join-Path $work "icons"))
    Remove-Item Env:\QT_QPA_PLATFORM

    Write-Host "build: freezing"
    $out = Join-Path $Dist "MesoDesk"
    if (Test-Path $out) { Remove-Item -Recurse -Force $out }
    $env:MESODESK_ICONS = Join-Path $work "icons"
    Push-Location $work
    try {
        Run $venvPython @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", $Dist,
            "--workpath", (Join-Path $work "pyinstaller"), (Join-Path $root "packaging\mesodesk.spec"))
    } finally { Pop-Location; Remove-Item Env:\MESODESK_ICONS }

    $size = (Get-ChildItem -Recurse $out | Measure-Object -Property Length -Sum).Sum / 1MB
    Write-Host ("build: {0} ({1:N0} MB)" -f $out, $size)
} finally {
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
