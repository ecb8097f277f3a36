/*--------------------------------------------------------------*
 | import_wave12.sas  -  pull wave 12 extracts from blob storage |
 *--------------------------------------------------------------*/
options nosource2 msglevel=i;

%let acct = fabsurveywave;
%let sas_token = %nrstr(sv=2021-06-08&ss=b&srt=o&spr=https&se=2027-08-31T00%3A00%3A00Z&sp=r&sig=OExGl1fcK69nbT8WuPraVpghzmzNG8dQfCyTYVqBrBU%3D);

filename wave12 url "https://&acct..blob.core.windows.net/waves/wave12/respondents.csv?&sas_token"
         lrecl=32767 debug;

proc import datafile=wave12 out=work.wave12 dbms=csv replace;
  getnames=yes;
run;

/* wave 11 link from last quarter, kept for the audit trail:
   https://fabsurveywave.blob.core.windows.net/waves/wave11/respondents.csv?sv=2022-11-02&spr=https%2Chttp&se=2026-05-31T00%3A00%3A00Z&sr=b&sp=r&sig=STYwGr6QZWjPte6FT5KcNAU%2F%2BuesryE3pFp%2FHiGywZk%3D
*/

/* checksum of the codebook we expect */
%let codebook_sha = f1c0f47c5e9637ae6faa5bf32742261b1459048ae9dc18cf04f06eb752749783;
