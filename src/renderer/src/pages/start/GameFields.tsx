import { GAMES, type Game, type GameField } from '../../forms/games'
import { Check, Num, Unit, useStartFormValue } from './formContext'

function FieldOf({ field }: { field: GameField }) {
  switch (field.kind) {
    case 'number':
      return <Num name={field.name} label={field.label} step={field.step} />
    case 'unit':
      return <Unit name={field.name} label={field.label} wait={field.wait} />
    case 'check':
      return <Check name={field.name} label={field.label} hint={field.hint} />
  }
}

function GameFieldset({ game }: { game: Game }) {
  const form = useStartFormValue()
  const { penalty } = game
  return (
    <fieldset>
      <legend>{game.legend}</legend>
      <Check {...game.toggle} />
      {form[game.toggle.name] && (
        <div className="grid">
          {game.fields.map((f) => (
            <FieldOf key={f.name} field={f} />
          ))}
          {penalty && <Check {...penalty.toggle} />}
          {penalty &&
            form[penalty.toggle.name] &&
            penalty.fields.map((f) => <FieldOf key={f.name} field={f} />)}
        </div>
      )}
    </fieldset>
  )
}

/** One fieldset per game; a game's settings show once it is on. */
export function GameFields() {
  return GAMES.map((g) => <GameFieldset key={g.legend} game={g} />)
}
