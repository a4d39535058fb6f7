import { GAMES, type Game, type GameField } from '../../forms/games'
import { Amount, Check, Num, Range, Unit, useStartFormValue } from './formContext'

function FieldOf({ field }: { field: GameField }) {
  switch (field.kind) {
    case 'number':
      return <Num name={field.name} label={field.label} hint={field.hint} />
    case 'amount':
      return (
        <Amount name={field.name} unit={field.unit} label={field.label} wait={field.wait} hint={field.hint} />
      )
    case 'unit':
      return <Unit name={field.name} label={field.label} hint={field.hint} />
    case 'range':
      return <Range min={field.min} max={field.max} label={field.label} hint={field.hint} />
    case 'check':
      return <Check name={field.name} label={field.label} hint={field.hint} />
  }
}

const keyOf = (f: GameField) => (f.kind === 'range' ? f.min : f.name)

function GameFieldset({ game }: { game: Game }) {
  const form = useStartFormValue()
  const { penalty } = game
  return (
    <fieldset>
      <legend>{game.legend}</legend>
      <Check {...game.toggle} />
      {form[game.toggle.name] && (
        <>
          <div className="grid">
            {game.fields.map((f) => (
              <FieldOf key={keyOf(f)} field={f} />
            ))}
          </div>
          {penalty && (
            <fieldset className="subgroup">
              <legend>{penalty.legend}</legend>
              <Check {...penalty.toggle} />
              {form[penalty.toggle.name] && (
                <div className="grid">
                  {penalty.fields.map((f) => (
                    <FieldOf key={keyOf(f)} field={f} />
                  ))}
                </div>
              )}
            </fieldset>
          )}
        </>
      )}
    </fieldset>
  )
}

/** One fieldset per game, its penalty a fieldset inside; a game's settings show once it is on. */
export function GameFields() {
  return GAMES.map((g) => <GameFieldset key={g.legend} game={g} />)
}
