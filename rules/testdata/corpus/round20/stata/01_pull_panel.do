* 01_pull_panel.do -- download panel waves from the project storage account
version 18
clear all
set more off

local acct "fabpanelstata"
local sas "?sv=2022-11-02&spr=https&se=2028-06-30T00%3A00%3A00Z&sr=c&sp=rl&sig=XarOF0xlL92F%2FW1mWwAbqfmrYkzpwgbTQj87K2iKRac%3D"

foreach f in wave1/households wave1/persons {
    copy "https://`acct'.blob.core.windows.net/panel/`f'.dta`sas'" "raw/`=subinstr("`f'","/","_",.)'.dta", replace
}

use "https://fabpanelstata.blob.core.windows.net/panel/wave3/households.dta?sv=2022-11-02&spr=https&se=2027-12-01T00%3A00%3A00Z&sr=b&sp=r&rscd=attachment%3B%20filename%3Dhouseholds.dta&sig=TtnlDrhWh%2Bl7hWVfRV%2F%2F2haT%2FKAUCExv6dJgopZtmFY%3D", clear
save "raw/wave3_households.dta", replace

* wave 2 (link expired, re-request from data team):
* use "https://fabpanelstata.blob.core.windows.net/panel/wave2/households.dta?sv=2022-11-02&spr=https&se=2026-02-01T00%3A00%3A00Z&sr=b&sp=r&sig=RLa7cZvDRbL49FwlwFNygIswXCZQqgyeJoemFfvFX1M%3D", clear

local hook_sig "c9568640b07a848743d74e4fb55db7debbd18cb01b99eb650a9914d07c72f551"
