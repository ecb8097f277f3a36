#!/usr/bin/perl
use strict; use warnings; use CGI;
my $q = CGI->new;
print $q->header('text/html');
print <<"EOT";
<p>Q3 pack: <a href="https://plrep2l8gh38.blob.core.windows.net/reports/q3/board-pack.pdf?sv=2026-04-06&se=2026-01-15T17%3A30%3A00Z&sr=b&sp=r&rscd=attachment%3B%20filename%3Dboard-pack.pdf&sig=eedK3bKGjBBPMiEvI3cvHZccg4Af6aH%2B3wdEADRecbQ%3D">download</a></p>
<p>Q4 pack: <a href="https://plrep20lfes5kji0.blob.core.windows.net/reports/q4/board-pack.pdf?sv=2026-04-06&se=2027-12-01T08%3A00%3A00Z&sr=b&sp=r&rscc=no-store&sig=WNJataJwJe9K4FNaLvcAaDw6lCOOJE7VIy6WJKdIhzw%3D">download</a></p>
EOT
