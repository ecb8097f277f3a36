#!/usr/bin/perl
use strict; use warnings;
use LWP::UserAgent;
my $queue = 'https://stquillpl1b2dda.queue.core.windows.net/edi-inbound/messages';
my $sas   = q{sv=2026-04-06&se=2028-03-10T01%3A00%3A00Z&sp=rup&sig=7k7Y8jB9j0Lc%2FE6M%2B3L4JQbNNSM%2B%2FN457X6HuXkQeoI%3D};
my $ua = LWP::UserAgent->new;
my $res = $ua->get("$queue?numofmessages=32&$sas");
print $res->decoded_content;
