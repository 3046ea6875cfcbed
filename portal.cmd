@echo off
chcp 65001 >nul
rem portal: the Portal program, run from this repository's source, as ./portal does on Linux and macOS.
rem The first run compiles the program, about a minute, and says so.
if not exist "%~dp0src\Portal.Cli\bin\Release" echo portal: คอมไพล์โปรแกรมครั้งแรก ใช้เวลาราว 1 นาที (first run: compiling the program, about a minute) 1>&2
dotnet run -c Release --project "%~dp0src\Portal.Cli" -- %*
