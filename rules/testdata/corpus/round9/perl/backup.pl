#!/usr/bin/perl
use strict;
use warnings;

my %cfg = (
    account     => 'stcl3hok6z4o',
    account_key => 'f0VFzgwiMTIjgtDPozhj7M3NxJN6yCtxF0w5ht9LMk1HCZJgD4lFnaHshMgy8vBmVrVqwg2KAu9n2OwAe7brMA==',
    container   => 'nightly',
);

system("az", "storage", "blob", "upload", "--account-name", $cfg{account}, "--account-key", $cfg{account_key}, "-c", $cfg{container}, "-f", $ARGV[0]);
