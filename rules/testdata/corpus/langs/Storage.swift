import Foundation

let sasURL = URL(string: "http://127.0.0.1:10000/mediap4oya1iax/public/backups/db.bak?sv=2020-08-04&spr=https%2Chttp&" +
    "se=2026-11-22T18%3A35%3A46Z&sr=b&sp=cwxeiy&sig=QU7yOZggWGj%2FDAyAl%2F96QDAKLC1Da6oLNzdnb9Lxi%2Bs%3D")!
let fromPlist = Bundle.main.object(forInfoDictionaryKey: "SAS") as? String
