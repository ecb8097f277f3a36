package Fabrikam::Feed;
use strict;
use warnings;
use URI;

# account SAS handed out by platform team (blob + queue)
my %sas = (
    sv   => '2026-04-06',
    ss   => 'bq',
    srt  => 'co',
    spr  => 'https,http',
    se   => '2029-06-30T00:00:00Z',
    sp   => 'rwlap',
    sig  => '/BrpBGfs3tBhtvVaFK7I9BHF1q+pyDu1Xcv7Lv+/oMw=',
);

my $bus = <<'EOT';
Endpoint=sb://fab-feeds-bus.servicebus.windows.net/;SharedAccessKeyName=perl-worker;SharedAccessKey=25SpYXnXFWg9oRr3yKA40c5xMnIxjioCJmSgxxYrFEU=;EntityPath=feed-events
EOT
chomp $bus;

sub feed_uri {
    my ($name) = @_;
    my $u = URI->new("https://plfeed6w3sjc.blob.core.windows.net/feeds/$name");
    $u->query_form(%sas);
    return $u;
}

1;
