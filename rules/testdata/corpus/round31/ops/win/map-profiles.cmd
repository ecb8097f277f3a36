@echo off
rem map the profiles share for the kiosk user
net use P: \\qna0nxrgkq1h5.file.core.windows.net\profiles ^
  /user:localhost\qna0nxrgkq1h5 ^
  LDAVQDtq6miLASs1dOb2oD2JtilslParFr9uQPD4WM15eg2lC5P0lQAAlMcEbW3xCvMlrSSePTC6VgKpZF9DPQ== /persistent:yes
net use Q: \\le4ee99qygrqtp.file.core.windows.net\scans /user:Azure\scans %STORAGE_KEY%
