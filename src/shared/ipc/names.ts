/**
 * The names of the IPC channels and events: the one list of them. The contract
 * (contract.ts) must give each exactly one schema, which the compiler checks. Kept free of zod
 * so that the preload, which needs only the names, carries no schema code.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'auth:status',
  'auth:setToken',
  'auth:removeToken',
  'settings:get',
  'settings:update',
  'sync:state',
  'sync:refresh',
  'notifications:pause',
  'overview:get',
  'stats:get',
  'sessions:list',
  'sessions:get',
  'sessions:create',
  'sessions:update',
  'sessions:stop',
  'sessions:delete',
  'histories:list',
  'histories:all',
  'gamesChanges:list',
  'gamesChanges:all',
  'orgasms:list',
  'orgasms:get',
  'orgasms:create',
  'orgasms:update',
  'orgasms:delete',
  'insight:get',
  'games:play',
  'games:readiness',
  'games:copyVoteLink',
  'desktop:status',
  'desktop:setLaunchAtLogin',
  'desktop:openLogs',
  'desktop:installUpdate',
  'shell:openExternal',
  'export:run',
  'export:cancel',
] as const
export type Channel = (typeof CHANNEL_NAMES)[number]

export const EVENT_NAMES = [
  'sync:state',
  'auth:status',
  'settings:changed',
  'desktop:status',
  'data:changed',
  'navigate',
  'export:progress',
] as const
export type EventName = (typeof EVENT_NAMES)[number]

/** The prefix of the Electron IPC channel for a contract channel or event. */
export const ipcChannelName = (name: Channel) => `ct:${name}`
export const ipcEventName = (name: EventName) => `ct-event:${name}`
