import { testCheck } from "../../../test/support/check-table.js";
import table from "./social-media-account-protection.cases.js";
import check from "./social-media-account-protection.js";

testCheck(check, table);
