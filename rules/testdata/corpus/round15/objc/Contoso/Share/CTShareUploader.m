#import "CTShareUploader.h"

static NSString * const kShareAccount = @"avshareamn5su";

@implementation CTShareUploader

- (NSURL *)shareURLForPath:(NSString *)path {
    NSString *s = [NSString stringWithFormat:@"https://%@.file.core.windows.net/avatars/%@?%@",
                   kShareAccount, path,
                   @"sv=2026-04-06&spr=https&se=2027-12-31T12%3A00%3A00Z&sr=s&sp=rl&sig=YvnYLXIihLTefcdFqhOekMBbrOEnZPFeFIJTSnSIb9c%3D"];
    return [NSURL URLWithString:s];
}

- (NSString *)placeholderQuery {
    return @"sv=2022-11-02&sr=s&sp=rl&se=2099-01-01T00:00:00Z&sig=REPLACE_ME";
}

@end
