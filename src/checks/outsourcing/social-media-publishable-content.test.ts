import { testCheck } from "../../../test/support/check-table.js";
import table from "./social-media-publishable-content.cases.js";
import check from "./social-media-publishable-content.js";

testCheck(check, table);
