import { testCheck } from "../../../test/support/check-table.js";
import table from "./social-media-operating-procedure.cases.js";
import check from "./social-media-operating-procedure.js";

testCheck(check, table);
