@echo off
rem map the CAD share for the plotter PC
net use P: \\stcadfilesp40f6k.file.core.windows.net\cad rkvRzgbK1HPHfmyCZ2jXBQCJby5c6F30EfQ2kpM+jGPeFkmG+8fy3LnKMmn5ozeV7spUGn+T85AdFarLjzBOSg== /user:localhost\stcadfilesp40f6k /persistent:yes
