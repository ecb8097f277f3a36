@echo off
setlocal EnableExtensions
rem nightly POS export upload -- runs from Task Scheduler on STORE-SRV01

set SAS=sv=2026-04-06^&ss=b^&srt=co^&spr=https^&se=2028-09-30T18%%3A30%%3A00Z^&sp=wl^&sig=KOTb8ugoGQY99pJFNL4rMuwn%%2B1F6YkdnfCkX04G97fA%%3D

azcopy copy "D:\pos\exports\*.csv" "https://batnightji82ig.blob.core.windows.net/pos-exports/%COMPUTERNAME%/?sv=2026-04-06&spr=https&se=2028-01-15T00%%3A00%%3A00Z&sr=c&sp=cw&sig=eAfgAuiKyVYm4yuNGjv08Aos%%2FqEqEh3WspOehhAB5dE%%3D" --overwrite=ifSourceNewer
if errorlevel 1 goto :fail

azcopy copy "D:\pos\logs\*.log" "https://batlog0hlq38.blob.core.windows.net/pos-logs/?%SAS%"

rem old target, kept for reference
rem azcopy copy "D:\pos\exports\*.csv" "https://batolda32q44.blob.core.windows.net/pos-exports/?sv=2026-04-06&spr=https&se=2025-11-30T00%%3A00%%3A00Z&sr=c&sp=cw&sig=tqCz6axfsNeabJGczGe4f5LF8jIyOKpEVlcvGyFxBd4%%3D"

goto :eof
:fail
echo upload failed >> D:\pos\upload-errors.txt
