#import "CTAvatarUploader.h"

static NSString * const kAvatarContainer =
    @"https://stpvk4s24xm3.blob.core.windows.net/avatars?sv=2026-04-06"
    @"&se=2027-09-15T12%3A00%3A00Z&sr=c&sp=racw&sig=6i6C71T"
    @"uFn3oERmzL6sobHkDPDbrJhkLHzuSks9DewE%3D";

@implementation CTAvatarUploader

- (NSURL *)urlForUser:(NSString *)userId {
    NSURLComponents *c = [NSURLComponents componentsWithString:kAvatarContainer];
    c.path = [c.path stringByAppendingPathComponent:[userId stringByAppendingString:@".jpg"]];
    return c.URL;
}

@end
