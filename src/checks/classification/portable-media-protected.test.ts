import { testCheck } from "../../../test/support/check-table.js";
import table from "./portable-media-protected.cases.js";
import check from "./portable-media-protected.js";

testCheck(check, table);
