package Erp::Sync;
use strict; use warnings;

my %cfg = (
    account => 'erpbridgehcc3q',
    key     => 'XnPUNSafA8USxLtYyI+ngbivA9ByBWcAGHAkKv7rnhKP'
             . '1FHuzP7RIi/ZKNLo8LXPMU7gQU9WYtrw+FILLsBCyw==',
);

my $table_url = <<"URL";
https://st0fcqzq6ciuu9.table.core.windows.net/ErpSync?sv=2019-02-02&se=2028-03-22T08%3A00%3A00Z&sp=rau&sig=t%2BuJr60V20Bw1i236%2FKCgVLyZRUISgGWehZ8cUzEBoc%3D&tn=ErpSync
URL
chomp $table_url;

1;
