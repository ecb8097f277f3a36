#!/usr/bin/env raku
use Cro::HTTP::Client;
use URI::Encode;

my $base = 'https://fbkrakuarchive.blob.core.windows.net/mail-archive';
my %sas =
    sv => '2022-11-02',
    spr => 'https',
    se => '2027-12-20T00:00:00Z',
    sr => 'c',
    sp => 'rl',
    sig => '4rpNG54ldueqg53ljHOE/re63JC0eOXUqQbBv485WPM=',
;
# old one, kept for the 2025 mailboxes:
# my $sas-2025 = 'sv=2022-11-02&spr=https&se=2026-01-20T00%3A00%3A00Z&sr=c&sp=rl&sig=BADmBMRlDtgf3MT0Iesu9AIk7ZQzhaICjVvdHt7W3Ro%3D';

sub MAIN(Str $mailbox) {
    my $q = %sas.sort.map({ .key ~ '=' ~ uri_encode_component(.value) }).join('&');
    my $resp = await Cro::HTTP::Client.get("$base/$mailbox.mbox?$q");
    spurt "$mailbox.mbox", await $resp.body-blob;
}
