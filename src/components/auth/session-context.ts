"use client";

import { createContext } from "react";
import type { Session } from "@/lib/contract/control-plane";

/** The verified session on a tenant host; `null` where no gate applies (self-hosted, localhost). */
export const SessionContext = createContext<Session | null>(null);
